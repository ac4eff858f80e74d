package dev.tandem.terms;

import java.util.List;

/**
 * A word of a text: its stem (lower-cased, inflection removed) and where it stands in the text.
 * A word with several possible lemmas (Ukrainian "стали": сталь or стати) has them all in
 * {@code stems}, the first being {@code stem}.
 */
public record WordToken(String stem, int start, int end, List<String> stems) {
    public WordToken {
        stems = stems == null || stems.isEmpty() ? List.of(stem) : List.copyOf(stems);
    }

    public WordToken(String stem, int start, int end) {
        this(stem, start, end, List.of(stem));
    }

    WordToken withReading(String other) {
        if (stems.contains(other)) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(stems);
        all.add(other);
        return new WordToken(stem, start, end, all);
    }
}
