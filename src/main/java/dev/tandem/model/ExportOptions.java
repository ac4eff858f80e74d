package dev.tandem.model;


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

    /** Whether a unit with this status, with or without a target, goes into a file of {@code format}. */
    public boolean includes(Status status, boolean hasTarget, ExchangeFormat format) {
        boolean withEmpty = untranslated != null ? untranslated : format != ExchangeFormat.TMX;
        if (!withEmpty && !hasTarget) {
            return false;
        }
        return minimumStatus == null || status.atLeast(minimumStatus);
    }
}
