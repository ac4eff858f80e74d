package dev.tandem.model;

import java.util.List;
import java.util.Objects;

/**
 * An existing translation aligned to a document: its sentences and the beads that pair them with
 * the document's segments. Stored next to the language's units so the alignment can be reviewed
 * and corrected later.
 */
public record AlignmentRecord(String document, String language, String fileName, List<String> targetSentences,
                              List<BeadLink> beads) {
    public AlignmentRecord {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        targetSentences = List.copyOf(targetSentences);
        beads = List.copyOf(beads);
    }

    public AlignmentRecord withBeads(List<BeadLink> newBeads) {
        return new AlignmentRecord(document, language, fileName, targetSentences, newBeads);
    }
}
