package dev.tandem.model;

import java.util.Objects;

/**
 * Merging unit {@code unitId} with the unit after it. Both revisions must be the ones the
 * translator saw, so that nobody's save is swallowed by the merge.
 */
public record UnitMerge(String unitId, long baseRev, long nextRev, String by) {
    public UnitMerge {
        Objects.requireNonNull(unitId, "unitId");
    }
}
