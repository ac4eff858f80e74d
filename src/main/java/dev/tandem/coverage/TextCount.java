package dev.tandem.coverage;

import dev.tandem.model.Measure;

/** Words and non-whitespace characters of a piece of source text. */
public record TextCount(int words, int characters) {

    public static final TextCount ZERO = new TextCount(0, 0);

    public TextCount plus(TextCount other) {
        return new TextCount(words + other.words, characters + other.characters);
    }

    public long of(Measure measure) {
        return measure == Measure.WORDS ? words : characters;
    }
}
