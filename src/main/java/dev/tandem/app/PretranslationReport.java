package dev.tandem.app;

import java.util.Map;

/**
 * What a pre-translation did: units filled as translated (exact and context matches), filled as
 * drafts (fuzzy matches at or above the minimum), left empty (nothing good enough), left alone
 * (someone already worked on them) and refused (saved by someone else meanwhile); and the units
 * filled per match band.
 */
public record PretranslationReport(String document, String language, int minimum, int translated, int drafts,
                                   int noMatch, int untouched, int conflicts, Map<String, Long> filledByBand) {
    public PretranslationReport {
        filledByBand = Map.copyOf(filledByBand);
    }
}
