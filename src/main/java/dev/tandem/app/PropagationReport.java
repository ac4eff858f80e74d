package dev.tandem.app;

import dev.tandem.model.Unit;
import java.util.List;

/** What giving repetitions the same translation did: units saved, and units someone saved meanwhile (left as they are). */
public record PropagationReport(List<Repetition> saved, List<Repetition> conflicts) {
    public PropagationReport {
        saved = List.copyOf(saved);
        conflicts = List.copyOf(conflicts);
    }

    static Repetition of(String document, Unit unit) {
        return new Repetition(document, unit.id(), unit.rev(), unit.target(), unit.status());
    }
}
