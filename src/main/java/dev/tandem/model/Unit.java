package dev.tandem.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One translatable unit of a target language: one or more consecutive source segments and their
 * translation. {@code rev} grows by one with every save; a save must name the revision it was
 * based on. {@code sourceHash} is the hash of the source text the target was written against: when
 * it no longer matches the current source, the source changed and the unit needs review.
 * {@code subState} refines the status as XLIFF 2's {@code subState} does: {@value #ALIGNED} marks a
 * target the aligner wrote that nobody has reviewed yet; null for an ordinary translation.
 * {@code codes} are the inline codes of the target, placed in its plain text; their ids are those
 * of the unit's source codes ({@link Document#sourceCoded(Unit)}).
 */
public record Unit(String id, List<String> sources, String target, Status status, long rev,
                   Instant updated, String by, String sourceHash, String note, String subState,
                   List<InlineCode> codes) {

    /** The XLIFF 2 subState of a target placed by the aligner and not reviewed by a person. */
    public static final String ALIGNED = "tandem:aligned";

    public Unit {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a unit needs at least one source segment");
        }
        target = target == null ? "" : target;
        status = status == null ? Status.INITIAL : status;
        codes = new CodedText(target, codes).codes();
    }

    /** A unit whose target has no inline codes. */
    public Unit(String id, List<String> sources, String target, Status status, long rev,
                Instant updated, String by, String sourceHash, String note, String subState) {
        this(id, sources, target, status, rev, updated, by, sourceHash, note, subState, List.of());
    }

    /** An ordinary unit (no subState): what every edit by a person gives. */
    public Unit(String id, List<String> sources, String target, Status status, long rev,
                Instant updated, String by, String sourceHash, String note) {
        this(id, sources, target, status, rev, updated, by, sourceHash, note, null);
    }

    /** A fresh, untranslated unit over the given segments. */
    public static Unit initial(String id, List<String> sources) {
        return new Unit(id, sources, "", Status.INITIAL, 0, null, null, null, null);
    }

    public Unit withId(String newId) {
        return new Unit(newId, sources, target, status, rev, updated, by, sourceHash, note, subState, codes);
    }

    public Unit withSources(List<String> newSources) {
        return new Unit(id, newSources, target, status, rev, updated, by, sourceHash, note, subState, codes);
    }

    /** A new plain target: codes placed in the old text cannot be carried over. */
    public Unit withTarget(String newTarget) {
        return newTarget.equals(target) ? this
                : new Unit(id, sources, newTarget, status, rev, updated, by, sourceHash, note, subState, List.of());
    }

    /** A new target with its inline codes. */
    public Unit withTarget(CodedText newTarget) {
        return new Unit(id, sources, newTarget.text(), status, rev, updated, by, sourceHash, note, subState, newTarget.codes());
    }

    /** The target with its codes in place. */
    public CodedText codedTarget() {
        return new CodedText(target, codes);
    }

    public Unit withStatus(Status newStatus) {
        return new Unit(id, sources, target, newStatus, rev, updated, by, sourceHash, note, subState, codes);
    }

    public Unit withRev(long newRev) {
        return new Unit(id, sources, target, status, newRev, updated, by, sourceHash, note, subState, codes);
    }

    public Unit withSourceHash(String newSourceHash) {
        return new Unit(id, sources, target, status, rev, updated, by, newSourceHash, note, subState, codes);
    }

    public Unit withNote(String newNote) {
        return new Unit(id, sources, target, status, rev, updated, by, sourceHash, newNote, subState, codes);
    }

    public Unit withSubState(String newSubState) {
        return new Unit(id, sources, target, status, rev, updated, by, sourceHash, note, newSubState, codes);
    }

    /** The unit as changed by someone at a moment: the next revision, stamped with who and when. */
    public Unit changedBy(String newBy, Instant when) {
        return new Unit(id, sources, target, status, rev + 1, when, newBy, sourceHash, note, subState, codes);
    }

    /** True for a target the aligner placed that nobody has reviewed: it is not yet a translation. */
    public boolean alignedUnreviewed() {
        return ALIGNED.equals(subState) && hasTarget();
    }

    public boolean hasTarget() {
        return !target.isBlank();
    }

    /** The unit's source text: its segments' texts joined by a space. */
    public String sourceText(Function<String, String> segmentText) {
        StringBuilder text = new StringBuilder();
        for (String segmentId : sources) {
            String segment = segmentText.apply(segmentId);
            if (segment != null && !segment.isEmpty()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(segment);
            }
        }
        return text.toString();
    }

    /** The hash of the unit's source text as it is now; a target is stamped with it when written. */
    public String currentSourceHash(Function<String, String> segmentText) {
        return SourceHash.of(sourceText(segmentText));
    }

    /** True when the source changed since the target was written (the unit needs review). */
    public boolean sourceChanged(Function<String, String> segmentText) {
        return sourceHash != null && sourceChanged(currentSourceHash(segmentText));
    }

    /** The same, given the hash of the current source text (from a cache of them). */
    public boolean sourceChanged(String currentSourceHash) {
        return sourceHash != null && !sourceHash.equals(currentSourceHash);
    }
}
