package dev.tandem.model;

import java.util.Objects;

/**
 * Making the target a unit had at revision {@code historyRev} current again; {@code baseRev} is
 * the revision the translator saw, as for any save.
 */
public record UnitRestore(String unitId, long historyRev, long baseRev, String by) {
    public UnitRestore {
        Objects.requireNonNull(unitId, "unitId");
    }

    /** The save that restores this history entry. */
    public UnitEdit edit(HistoryEntry entry) {
        return new UnitEdit(unitId, baseRev, entry.target(), entry.status(), by, null, entry.codes());
    }
}
