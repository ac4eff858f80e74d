package dev.tandem.memory;

/** Where a concordance search hit a text: characters {@code start} (inclusive) to {@code end}. */
public record TextSpan(int start, int end) {
}
