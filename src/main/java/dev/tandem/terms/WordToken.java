package dev.tandem.terms;

/** A word of a text: its stem (lower-cased, inflection removed) and where it stands in the text. */
public record WordToken(String stem, int start, int end) {
}
