package dev.tandem.qa;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import java.util.Objects;

/** A unit as the checks see it: its source and target text, status and language pair. */
public record CheckedUnit(String document, String unitId, String source, String target, Status status,
                          LanguageTag sourceLanguage, LanguageTag targetLanguage) {
    public CheckedUnit {
        Objects.requireNonNull(unitId, "unitId");
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        status = status == null ? Status.INITIAL : status;
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
    }

    public boolean translated() {
        return !target.isBlank();
    }
}
