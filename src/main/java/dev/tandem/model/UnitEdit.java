package dev.tandem.model;

import java.util.Objects;

/**
 * A translator's change to one unit. {@code baseRev} is the revision the edit started from; a null
 * status or note leaves it as it is.
 */
public record UnitEdit(String unitId, long baseRev, String target, Status status, String by, String note) {
    public UnitEdit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(target, "target");
    }
}
