package dev.tandem.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did. {@code matched}: file units that found a unit of the document (by id, else
 * by source text); {@code filled}: units whose target or status changed; {@code unchanged}: matched
 * units the file had nothing new for; {@code skippedNewer}: the store's unit changed after the file
 * was exported; {@code skippedExisting}: the unit already has a different target and the file does
 * not say which revision it was based on; {@code unmatched}: file units with no counterpart;
 * {@code statuses}: the matched units by the status they ended with (lower case, XLIFF 2 order).
 */
public record ImportReport(String format, String language, int units, int matched, int filled, int unchanged,
                           int skippedNewer, int skippedExisting, int unmatched, Map<String, Integer> statuses) {

    public ImportReport {
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    }

    /** One line for the CLI and the page. */
    public String summary() {
        return String.format("%d units in the file: %d matched, %d filled, %d unchanged, %d skipped (newer in Tandem),"
                        + " %d skipped (already translated; --overwrite to replace), %d unmatched",
                units, matched, filled, unchanged, skippedNewer, skippedExisting, unmatched)
                + (statuses.isEmpty() ? "" : "; matched units now " + statuses.entrySet().stream()
                        .map(entry -> entry.getValue() + " " + entry.getKey()).collect(Collectors.joining(", ")));
    }
}
