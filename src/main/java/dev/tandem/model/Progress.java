package dev.tandem.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The per-day snapshots of one translation: {@code translations/<doc>/<lang>.progress.json}. */
public record Progress(String document, String language, List<ProgressDay> days) {

    public Progress {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        days = days == null ? List.of() : List.copyOf(days);
    }

    public static Progress empty(String document, String language) {
        return new Progress(document, language, List.of());
    }

    /** These snapshots with {@code snapshot} replacing the one of its day, in day order. */
    public Progress with(ProgressDay snapshot) {
        List<ProgressDay> updated = new ArrayList<>(days);
        updated.removeIf(day -> day.day().equals(snapshot.day()));
        updated.add(snapshot);
        updated.sort(Comparator.comparing(ProgressDay::day));
        return new Progress(document, language, updated);
    }
}
