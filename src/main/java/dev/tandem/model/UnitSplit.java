package dev.tandem.model;

import java.util.Objects;

/** Splitting a merged unit into one unit per sentence, from the revision the translator saw. */
public record UnitSplit(String unitId, long baseRev, String by) {
    public UnitSplit {
        Objects.requireNonNull(unitId, "unitId");
    }
}
