package dev.tandem.web;

import dev.tandem.app.ReportedFinding;
import dev.tandem.model.Comment;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A unit as the page sees it: the stored fields plus whether its source changed since translation
 * and whether its target was placed by the aligner and not reviewed yet, its comments, and — in
 * the answer to a save — the QA findings of what was saved.
 */
record UnitJson(String id, List<String> sources, String target, Status status, long rev, Instant updated,
                String by, String note, boolean sourceChanged, boolean aligned, List<Comment> comments,
                List<ReportedFinding> findings) {

    /** {@code comments}: the language's comments by unit id; a merged unit shows those of all its sentences. */
    static UnitJson of(Unit unit, Map<String, String> segmentTexts, Map<String, List<Comment>> comments) {
        List<Comment> own = unit.sources().stream().flatMap(id -> comments.getOrDefault(id, List.of()).stream()).toList();
        return new UnitJson(unit.id(), unit.sources(), unit.target(), unit.status(), unit.rev(), unit.updated(),
                unit.by(), unit.note(), unit.sourceChanged(segmentTexts::get), unit.alignedUnreviewed(), own, null);
    }

    UnitJson withFindings(List<ReportedFinding> qaFindings) {
        return new UnitJson(id, sources, target, status, rev, updated, by, note, sourceChanged, aligned, comments, qaFindings);
    }
}
