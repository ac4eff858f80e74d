package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.Status;
import java.time.Instant;
import java.util.List;

/**
 * One source/target pair read from a bilingual file. {@code id} is set when the file carries an id
 * (it may or may not be ours); {@code status}, {@code rev}, {@code by}, {@code note} and
 * {@code updated} (when the translation was last changed) are null when the file does not say.
 * {@code sourceCodes} and {@code targetCodes} are the inline codes the file placed in each text,
 * with the file's own ids.
 */
public record ImportedUnit(String id, String source, String target, Status status, Long rev, String by, String note,
                           List<InlineCode> sourceCodes, List<InlineCode> targetCodes, Instant updated) {
    public ImportedUnit {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        sourceCodes = new CodedText(source, sourceCodes).codes();
        targetCodes = new CodedText(target, targetCodes).codes();
    }

    public ImportedUnit(String id, String source, String target, Status status, Long rev, String by, String note) {
        this(id, source, target, status, rev, by, note, List.of(), List.of(), null);
    }

    public ImportedUnit(String id, CodedText source, CodedText target, Status status, Long rev, String by, String note) {
        this(id, source, target, status, rev, by, note, null);
    }

    /** A pair of a file that says when it was translated (a TMX's change and creation dates). */
    public ImportedUnit(String id, CodedText source, CodedText target, Status status, Long rev, String by, String note, Instant updated) {
        this(id, source.text(), target.text(), status, rev, by, note, source.codes(), target.codes(), updated);
    }

    public CodedText codedSource() {
        return new CodedText(source, sourceCodes);
    }

    public CodedText codedTarget() {
        return new CodedText(target, targetCodes);
    }

    public ImportedUnit withStatus(Status newStatus) {
        return new ImportedUnit(id, source, target, newStatus, rev, by, note, sourceCodes, targetCodes, updated);
    }
}
