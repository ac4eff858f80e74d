package dev.tandem.app;

import dev.tandem.model.Term;

/** A glossary term found in a unit's source: the term and the characters {@code [start, end)} it covers. */
public record TermHint(Term term, int start, int end, String text) {
}
