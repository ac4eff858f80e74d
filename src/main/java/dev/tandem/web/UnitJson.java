package dev.tandem.web;

import dev.tandem.app.ReportedFinding;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A unit as the page sees it: the stored fields plus whether its source changed since translation
 * and whether its target was placed by the aligner and not reviewed yet; in the answer to a save,
 * also the QA findings of what was saved.
 */
record UnitJson(String id, List<String> sources, String target, Status status, long rev, Instant updated,
                String by, String note, boolean sourceChanged, boolean aligned, List<ReportedFinding> findings) {

    static UnitJson of(Unit unit, Map<String, String> segmentTexts) {
        return new UnitJson(unit.id(), unit.sources(), unit.target(), unit.status(), unit.rev(), unit.updated(),
                unit.by(), unit.note(), unit.sourceChanged(segmentTexts::get), unit.alignedUnreviewed(), null);
    }

    UnitJson withFindings(List<ReportedFinding> qaFindings) {
        return new UnitJson(id, sources, target, status, rev, updated, by, note, sourceChanged, aligned, qaFindings);
    }
}
