package dev.tandem.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.app.ReportedFinding;
import dev.tandem.model.InlineCode;
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
                List<ReportedFinding> findings,
                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InlineCode> codes,
                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InlineCode> sourceCodes) {

    /**
     * {@code comments}: the language's comments by unit id; a merged unit shows those of all its
     * sentences. {@code codes} are the target's inline codes, {@code sourceCodes} the source's
     * (joined and numbered across a merged unit), both with offsets into the plain texts.
     */
    static UnitJson of(Unit unit, UnitSources sources, Map<String, List<Comment>> comments) {
        List<Comment> own = unit.sources().stream().flatMap(id -> comments.getOrDefault(id, List.of()).stream()).toList();
        return new UnitJson(unit.id(), unit.sources(), unit.target(), unit.status(), unit.rev(), unit.updated(),
                unit.by(), unit.note(), unit.sourceChanged(sources::text), unit.alignedUnreviewed(), own, null,
                unit.codes(), sources.coded(unit).codes());
    }

    UnitJson withFindings(List<ReportedFinding> qaFindings) {
        return new UnitJson(id, sources, target, status, rev, updated, by, note, sourceChanged, aligned, comments, qaFindings,
                codes, sourceCodes);
    }
}
