package dev.tandem.app;

import java.time.Instant;
import java.util.List;

/** The QA findings a translator chose to ignore in one translation: {@code translations/<doc>/<lang>.qa.json}. */
public record IgnoredFindings(List<Ignored> ignored) {
    public IgnoredFindings {
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
    }

    /** One ignored finding: the unit, the finding's key (check and message), why, by whom and when. */
    public record Ignored(String unit, String key, String reason, String by, Instant at) {
    }
}
