package dev.tandem.model;

/**
 * What an import did. {@code matched}: file units that found a unit of the document (by id, else
 * by source text); {@code filled}: units whose target or status changed; {@code unchanged}: matched
 * units the file had nothing new for; {@code skippedNewer}: the store's unit changed after the file
 * was exported; {@code skippedExisting}: the unit already has a different target and the file does
 * not say which revision it was based on; {@code unmatched}: file units with no counterpart.
 */
public record ImportReport(String format, String language, int units, int matched, int filled, int unchanged,
                           int skippedNewer, int skippedExisting, int unmatched) {

    /** One line for the CLI and the page. */
    public String summary() {
        return String.format("%d units in the file: %d matched, %d filled, %d unchanged, %d skipped (newer in Tandem),"
                        + " %d skipped (already translated; --overwrite to replace), %d unmatched",
                units, matched, filled, unchanged, skippedNewer, skippedExisting, unmatched);
    }
}
