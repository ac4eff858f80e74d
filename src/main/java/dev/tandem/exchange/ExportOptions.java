package dev.tandem.exchange;

import dev.tandem.model.Status;

/**
 * What to export. {@code minimumStatus}: only units at least this far along (null: no filter).
 * {@code untranslated}: whether units without a target are written; TMX leaves them out by
 * default (a translation memory of empty targets is noise), the other bilingual formats carry
 * them so the work can be done elsewhere.
 */
public record ExportOptions(Status minimumStatus, Boolean untranslated) {

    public static ExportOptions defaults() {
        return new ExportOptions(null, null);
    }

    boolean includes(BilingualUnit unit, ExchangeFormat format) {
        boolean withEmpty = untranslated != null ? untranslated : format != ExchangeFormat.TMX;
        if (!withEmpty && !unit.hasTarget()) {
            return false;
        }
        return minimumStatus == null || unit.status().atLeast(minimumStatus);
    }
}
