package dev.tandem.model;

import java.util.List;
import java.util.Objects;

/**
 * One source/target pair of the memory. {@code key} names it uniquely (a unit of a document, a
 * pair of a TMX file); {@code group} is what is replaced together (a document's language, a TMX
 * file). {@code previous} and {@code next} are the neighbouring source sentences, for context
 * matches; null at a document's edges or when unknown. {@code sourceCodes} and {@code targetCodes}
 * are the inline codes placed in each text, the target's named as the source's (as a unit's are);
 * matching reads the plain texts only.
 */
public record MemoryEntry(String key, String group, String source, String target, String sourceLanguage,
                          String targetLanguage, Provenance origin, String previous, String next,
                          List<InlineCode> sourceCodes, List<InlineCode> targetCodes) {
    public MemoryEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(origin, "origin");
        sourceCodes = new CodedText(source, sourceCodes).codes();
        targetCodes = new CodedText(target, targetCodes).codes();
    }

    /** A pair of plain texts, without inline codes. */
    public MemoryEntry(String key, String group, String source, String target, String sourceLanguage,
                       String targetLanguage, Provenance origin, String previous, String next) {
        this(key, group, source, target, sourceLanguage, targetLanguage, origin, previous, next, List.of(), List.of());
    }

    /** A pair of texts with their codes. */
    public MemoryEntry(String key, String group, CodedText source, CodedText target, String sourceLanguage,
                       String targetLanguage, Provenance origin, String previous, String next) {
        this(key, group, source.text(), target.text(), sourceLanguage, targetLanguage, origin, previous, next,
                source.codes(), target.codes());
    }

    public CodedText codedSource() {
        return new CodedText(source, sourceCodes);
    }

    public CodedText codedTarget() {
        return new CodedText(target, targetCodes);
    }

    /** The same pair under another key and group, without context (a file's pairs used for one run). */
    public MemoryEntry regrouped(String newKey, String newGroup) {
        return new MemoryEntry(newKey, newGroup, source, target, sourceLanguage, targetLanguage, origin, null, null,
                sourceCodes, targetCodes);
    }
}
