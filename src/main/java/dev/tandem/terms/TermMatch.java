package dev.tandem.terms;

import dev.tandem.model.Term;
/** A glossary term found in a text: the term, and the characters {@code [start, end)} it covers there. */
public record TermMatch(Term term, int start, int end, String text) {
}
