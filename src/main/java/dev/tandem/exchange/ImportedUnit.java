package dev.tandem.exchange;

import dev.tandem.model.Status;

/**
 * One source/target pair read from a bilingual file. {@code id} is set when the file carries an id
 * (it may or may not be ours); {@code status}, {@code rev}, {@code by} and {@code note} are null
 * when the file does not say.
 */
public record ImportedUnit(String id, String source, String target, Status status, Long rev, String by, String note) {
    public ImportedUnit {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
    }
}
