package dev.tandem.model;

import java.util.List;

/** A memory entry holding the searched words, with where they occur in its source and target. */
public record ConcordanceHit(MemoryEntry entry, List<TextSpan> inSource, List<TextSpan> inTarget) {
    public ConcordanceHit {
        inSource = List.copyOf(inSource);
        inTarget = List.copyOf(inTarget);
    }
}
