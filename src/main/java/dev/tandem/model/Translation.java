package dev.tandem.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** All units of one document in one target language: {@code translations/<doc>/<lang>.json}. */
public record Translation(String document, String language, List<Unit> units) {
    public Translation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        units = List.copyOf(units);
    }

    public Optional<Unit> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }
}
