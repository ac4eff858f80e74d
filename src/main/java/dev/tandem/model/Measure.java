package dev.tandem.model;

/**
 * The measure a document is billed by: words for scripts that separate words with spaces,
 * characters for Chinese, Japanese, Thai and the other scripts that do not (as GMX-V does).
 */
public enum Measure {
    WORDS, CHARACTERS;

    /** The lower-case name used in JSON and in the CLI table. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
