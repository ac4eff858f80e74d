package dev.tandem.model;

/** What counts in a translator's search: case, whole words only, the query as a regular expression. */
public record SearchOptions(boolean matchCase, boolean wholeWord, boolean regex) {
    public static SearchOptions defaults() {
        return new SearchOptions(false, false, false);
    }
}
