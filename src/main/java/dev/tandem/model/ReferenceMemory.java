package dev.tandem.model;

import java.time.Instant;

/**
 * A TMX file the user added as a reference memory: its name (from the file name), the copy kept in
 * the store, its languages, how many pairs it holds and the penalty taken off its scores.
 */
public record ReferenceMemory(String name, String file, String sourceLanguage, String targetLanguage, int units,
                              int penalty, Instant added, String sha256) {
}
