package dev.tandem.model;

import java.time.Instant;

/** An earlier version of a unit's target: what it said, its status, who wrote it and when. */
public record HistoryEntry(long rev, String target, Status status, String by, Instant updated) {
}
