package dev.tandem.exchange;

import dev.tandem.model.ExchangeFormat;
import java.util.List;

/** What a bilingual file holds: its format, its languages (null when it does not declare them) and its pairs. */
public record BilingualFile(ExchangeFormat format, String sourceLanguage, String targetLanguage, List<ImportedUnit> units) {
    public BilingualFile {
        units = List.copyOf(units);
    }
}
