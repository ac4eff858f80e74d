package dev.tandem.align;

/**
 * Source sentences {@code [sourceStart, sourceEnd)} are translated by target sentences
 * {@code [targetStart, targetEnd)}. An empty range is a sentence without counterpart: a 1:0 bead
 * leaves a source sentence untranslated, a 0:1 bead keeps a target sentence the source lacks.
 * {@code confidence} is in [0, 1]; low values are the beads a reviewer should look at first.
 */
public record Bead(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double confidence) {

    public Bead {
        if (sourceStart < 0 || sourceEnd < sourceStart || targetStart < 0 || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad bead ranges: [" + sourceStart + "," + sourceEnd + ") ["
                    + targetStart + "," + targetEnd + ")");
        }
        if (sourceStart == sourceEnd && targetStart == targetEnd) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    public int sourceCount() {
        return sourceEnd - sourceStart;
    }

    public int targetCount() {
        return targetEnd - targetStart;
    }

    /** True when both sides hold at least one sentence (not a 1:0 or 0:1 bead). */
    public boolean isPair() {
        return sourceCount() > 0 && targetCount() > 0;
    }

    /** Same ranges, ignoring confidence. */
    public boolean sameRanges(Bead other) {
        return sourceStart == other.sourceStart && sourceEnd == other.sourceEnd
                && targetStart == other.targetStart && targetEnd == other.targetEnd;
    }
}
