package dev.tandem.memory;

import java.util.List;

/**
 * A sentence cut into tokens: {@code all} every non-space token in order, {@code keys} the match
 * keys of its words and numbers (what the score counts).
 */
public record TokenizedText(String text, List<Token> all, List<String> keys) {
    public TokenizedText {
        all = List.copyOf(all);
        keys = List.copyOf(keys);
    }
}
