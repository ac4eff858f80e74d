package dev.tandem.model;

import java.time.Instant;
import java.util.List;

/** An earlier version of a unit's target: what it said (with its inline codes), its status, who wrote it and when. */
public record HistoryEntry(long rev, String target, Status status, String by, Instant updated, List<InlineCode> codes) {

    public HistoryEntry {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    public HistoryEntry(long rev, String target, Status status, String by, Instant updated) {
        this(rev, target, status, by, updated, List.of());
    }
}
