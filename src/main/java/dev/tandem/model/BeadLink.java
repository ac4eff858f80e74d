package dev.tandem.model;

/**
 * One stored bead of an alignment: source segments {@code [sourceStart, sourceEnd)} (indexes into
 * the document's segments) are translated by target sentences {@code [targetStart, targetEnd)}.
 * {@code verified} is set once a translator has checked or corrected it.
 */
public record BeadLink(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double confidence,
                       boolean verified) {
    public BeadLink {
        if (sourceStart < 0 || sourceEnd < sourceStart || targetStart < 0 || targetEnd < targetStart
                || (sourceStart == sourceEnd && targetStart == targetEnd)) {
            throw new IllegalArgumentException("bad bead [" + sourceStart + "," + sourceEnd + ") ["
                    + targetStart + "," + targetEnd + ")");
        }
    }

    public BeadLink withConfidence(double newConfidence) {
        return new BeadLink(sourceStart, sourceEnd, targetStart, targetEnd, newConfidence, verified);
    }

    public int sourceCount() {
        return sourceEnd - sourceStart;
    }

    public int targetCount() {
        return targetEnd - targetStart;
    }
}
