package dev.tandem.app;

import dev.tandem.model.BeadLink;
import dev.tandem.model.TandemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The corrections a reviewer makes to an alignment, each on one bead. Every edited bead is marked
 * verified: the reviewer has looked at it. Beads stay contiguous and cover both sides exactly once.
 * An edited bead keeps a provisional confidence; {@link Alignments} has the aligner score it again.
 */
public enum BeadEdit {
    /** The bead takes the first target sentence of the next bead (its boundary moves down). */
    TAKE_NEXT,
    /** The bead gives its last target sentence to the next bead (its boundary moves up). */
    GIVE_NEXT,
    /** The bead and the next become one. */
    MERGE,
    /** The bead splits after its first source sentence (or, with one source, after its first target sentence). */
    SPLIT,
    VERIFY,
    UNVERIFY;

    public static BeadEdit parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw TandemException.badInput("unknown bead edit: " + name
                    + " (take-next, give-next, merge, split, verify, unverify)");
        }
    }

    List<BeadLink> apply(List<BeadLink> beads, int index) {
        if (index < 0 || index >= beads.size()) {
            throw TandemException.notFound("no bead " + index + " (the alignment has " + beads.size() + ")");
        }
        List<BeadLink> result = new ArrayList<>(beads);
        BeadLink bead = beads.get(index);
        switch (this) {
            case VERIFY, UNVERIFY -> result.set(index, with(bead, bead.targetStart(), bead.targetEnd(), this == VERIFY));
            case TAKE_NEXT -> {
                BeadLink next = next(beads, index);
                if (next.targetCount() == 0) {
                    throw TandemException.badInput("the next bead has no target sentence to take");
                }
                result.set(index, with(bead, bead.targetStart(), bead.targetEnd() + 1, true));
                replaceOrDrop(result, index + 1, next.sourceStart(), next.sourceEnd(), next.targetStart() + 1, next.targetEnd());
            }
            case GIVE_NEXT -> {
                BeadLink next = next(beads, index);
                if (bead.targetCount() == 0) {
                    throw TandemException.badInput("this bead has no target sentence to give");
                }
                result.set(index + 1, new BeadLink(next.sourceStart(), next.sourceEnd(), next.targetStart() - 1,
                        next.targetEnd(), next.confidence(), true));
                replaceOrDrop(result, index, bead.sourceStart(), bead.sourceEnd(), bead.targetStart(), bead.targetEnd() - 1);
            }
            case MERGE -> {
                BeadLink next = next(beads, index);
                result.set(index, new BeadLink(bead.sourceStart(), next.sourceEnd(), bead.targetStart(), next.targetEnd(),
                        bead.confidence(), true));
                result.remove(index + 1);
            }
            case SPLIT -> split(result, index, bead);
        }
        return result;
    }

    private static void split(List<BeadLink> result, int index, BeadLink bead) {
        int sourceCut = bead.sourceCount() >= 2 ? bead.sourceStart() + 1 : bead.sourceEnd();
        int targetCut = bead.targetCount() >= 2 || bead.sourceCount() >= 2
                ? Math.min(bead.targetStart() + 1, bead.targetEnd()) : bead.targetEnd();
        if (sourceCut == bead.sourceEnd() && targetCut == bead.targetEnd()) {
            throw TandemException.badInput("a bead with one sentence on each side cannot be split");
        }
        result.set(index, new BeadLink(bead.sourceStart(), sourceCut, bead.targetStart(), targetCut, bead.confidence(), true));
        result.add(index + 1, new BeadLink(sourceCut, bead.sourceEnd(), targetCut, bead.targetEnd(), bead.confidence(), true));
    }

    private static BeadLink next(List<BeadLink> beads, int index) {
        if (index + 1 >= beads.size()) {
            throw TandemException.badInput("bead " + index + " is the last one");
        }
        return beads.get(index + 1);
    }

    private static BeadLink with(BeadLink bead, int targetStart, int targetEnd, boolean verified) {
        return new BeadLink(bead.sourceStart(), bead.sourceEnd(), targetStart, targetEnd, bead.confidence(), verified);
    }

    /** A bead left with no sentence on either side disappears. */
    private static void replaceOrDrop(List<BeadLink> beads, int index, int sourceStart, int sourceEnd, int targetStart, int targetEnd) {
        if (sourceStart == sourceEnd && targetStart == targetEnd) {
            beads.remove(index);
        } else {
            beads.set(index, new BeadLink(sourceStart, sourceEnd, targetStart, targetEnd, beads.get(index).confidence(), true));
        }
    }
}
