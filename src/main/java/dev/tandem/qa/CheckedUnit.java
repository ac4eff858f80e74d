package dev.tandem.qa;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import java.util.List;
import java.util.Objects;

/**
 * A unit as the checks see it: its source and target text, status and language pair, and the
 * inline codes (links, emphasis, line breaks) of both sides, placed in the plain texts.
 */
public record CheckedUnit(String document, String unitId, String source, String target, Status status,
                          LanguageTag sourceLanguage, LanguageTag targetLanguage,
                          List<InlineCode> sourceCodes, List<InlineCode> targetCodes) {
    public CheckedUnit {
        Objects.requireNonNull(unitId, "unitId");
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        status = status == null ? Status.INITIAL : status;
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        sourceCodes = sourceCodes == null ? List.of() : List.copyOf(sourceCodes);
        targetCodes = targetCodes == null ? List.of() : List.copyOf(targetCodes);
    }

    /** A unit of plain texts, without inline codes. */
    public CheckedUnit(String document, String unitId, String source, String target, Status status,
                       LanguageTag sourceLanguage, LanguageTag targetLanguage) {
        this(document, unitId, source, target, status, sourceLanguage, targetLanguage, List.of(), List.of());
    }

    public boolean translated() {
        return !target.isBlank();
    }

    public CodedText codedSource() {
        return new CodedText(source, sourceCodes);
    }

    public CodedText codedTarget() {
        return new CodedText(target, targetCodes);
    }
}
