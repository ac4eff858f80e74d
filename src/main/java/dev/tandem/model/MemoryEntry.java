package dev.tandem.model;

import java.util.Objects;

/**
 * One source/target pair of the memory. {@code key} names it uniquely (a unit of a document, a
 * pair of a TMX file); {@code group} is what is replaced together (a document's language, a TMX
 * file). {@code previous} and {@code next} are the neighbouring source sentences, for context
 * matches; null at a document's edges or when unknown.
 */
public record MemoryEntry(String key, String group, String source, String target, String sourceLanguage,
                          String targetLanguage, Provenance origin, String previous, String next) {
    public MemoryEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(origin, "origin");
    }
}
