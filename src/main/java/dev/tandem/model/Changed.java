package dev.tandem.model;

import java.util.Objects;

/**
 * What a change to a translation produced: the translation after it, and what the one who asked
 * wants back (the saved unit, the parts of a split, an import's report).
 */
public record Changed<R>(Translation translation, R result) {
    public Changed {
        Objects.requireNonNull(translation, "translation");
    }
}
