package dev.tandem.exchange;

import dev.tandem.model.Status;
import java.time.Instant;

/**
 * One source/target pair read from a bilingual file. {@code id} is set when the file carries an id
 * (it may or may not be ours); {@code status}, {@code rev}, {@code by}, {@code note} and
 * {@code updated} (when the translation was last changed) are null when the file does not say.
 */
public record ImportedUnit(String id, String source, String target, Status status, Long rev, String by, String note,
                           Instant updated) {
    public ImportedUnit {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
    }

    /** A pair from a file that does not say when it was translated. */
    public ImportedUnit(String id, String source, String target, Status status, Long rev, String by, String note) {
        this(id, source, target, status, rev, by, note, null);
    }
}
