package dev.tandem.memory;

/**
 * One token of a sentence as the word breaker found it: its text, where it is, and what it is.
 * {@code key} is what matching compares: the case-folded word, {@value MatchTokenizer#NUMBER} for
 * any number, the text itself for punctuation and symbols.
 */
public record Token(String text, int start, int end, Kind kind, String key) {

    /** Words and numbers take part in the score; punctuation and symbols only tell 100 % from 99 %. */
    public enum Kind { WORD, NUMBER, PUNCTUATION }

    public boolean scored() {
        return kind != Kind.PUNCTUATION;
    }
}
