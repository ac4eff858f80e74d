package dev.tandem.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A translator's or reviewer's remark on one unit: who wrote it and when, and whether it has been
 * resolved (by whom, when). Comments sit beside the units, not in them, so a save never touches them.
 */
public record Comment(String id, String unit, String text, String by, Instant created,
                      boolean resolved, String resolvedBy, Instant resolvedAt) {
    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
    }

    public Comment resolve(String who, Instant when) {
        return new Comment(id, unit, text, by, created, true, who, when);
    }
}
