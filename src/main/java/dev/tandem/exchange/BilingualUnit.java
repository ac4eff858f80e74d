package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One unit as every writer sees it: its source text resolved, its "source changed" flag computed,
 * and whether its target was placed by the aligner and not reviewed yet.
 */
record BilingualUnit(String id, List<String> segmentIds, int block, String source, String target, Status status,
                     long rev, Instant updated, String by, String note, boolean sourceChanged, boolean aligned,
                     List<Comment> comments, CodedText codedSource, CodedText codedTarget) {

    /** Written before each comment exported as a note, so reading the file back keeps them out of the unit's note. */
    static final String COMMENT_MARK = "[comment ";

    BilingualUnit {
        comments = List.copyOf(comments);
        codedSource = codedSource == null ? CodedText.plain(source) : codedSource;
        codedTarget = codedTarget == null ? CodedText.plain(target) : codedTarget;
    }

    /** {@code comments}: the translation's comments by unit id (a merged unit gets those of all its sentences). */
    static List<BilingualUnit> of(Document document, Translation translation, Map<String, List<Comment>> comments) {
        Map<String, String> texts = document.segmentTexts();
        Map<String, Segment> segments = document.segmentsById();
        return translation.units().stream().map(unit -> of(document, unit, texts, segments, comments)).toList();
    }

    /** {@code segments} by id: looking each up in the document's list would make an export quadratic in its length. */
    private static BilingualUnit of(Document document, Unit unit, Map<String, String> texts, Map<String, Segment> segments,
                                    Map<String, List<Comment>> comments) {
        String source = unit.sourceText(texts::get);
        Segment first = segments.get(unit.sources().get(0));
        int block = first == null ? -1 : first.block();
        List<Comment> own = unit.sources().stream().flatMap(id -> comments.getOrDefault(id, List.of()).stream()).toList();
        return new BilingualUnit(unit.id(), unit.sources(), block, source, unit.target(), unit.status(), unit.rev(),
                unit.updated(), unit.by(), unit.note(), unit.sourceChanged(texts::get), unit.alignedUnreviewed(), own,
                document.sourceCoded(unit, segments::get), unit.codedTarget());
    }

    /** A comment as a note's text: {@code [comment c1 · Ana · 2026-12-01T18:40:00Z · resolved] text}. */
    static String noteText(Comment comment) {
        return COMMENT_MARK + comment.id() + " · " + (comment.by() == null ? "someone" : comment.by())
                + (comment.created() == null ? "" : " · " + comment.created()) + (comment.resolved() ? " · resolved" : "")
                + "] " + comment.text();
    }

    boolean hasTarget() {
        return !target.isBlank();
    }

    boolean hasNote() {
        return note != null && !note.isBlank();
    }
}
