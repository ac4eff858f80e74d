package dev.tandem.align;

/**
 * How sure the aligner is of one bead, in [0, 1]. For a pair: the mean of length agreement
 * (Gale–Church probability) and lexical agreement (anchors shared, 1 = as many as a typical
 * translation in this document), or length agreement alone when the two languages share no usable
 * anchors. For a 1:0 or 0:1 bead: how little the lone sentence agrees with its neighbours across,
 * halved, so unmatched sentences always rank for review.
 */
final class BeadConfidence {

    private BeadConfidence() {
    }

    static double of(BeadScorer scorer, int i, int j, int a, int b) {
        if (a > 0 && b > 0) {
            double length = scorer.lengthAgreement(i, j, a, b);
            if (!scorer.usesLexicalEvidence()) {
                return clamp(length);
            }
            return clamp(0.5 * length + 0.5 * clamp(scorer.agreement(i, j, a, b)));
        }
        if (!scorer.usesLexicalEvidence()) {
            return 0.25;
        }
        double neighbour = 0;
        if (a > 0) {
            neighbour = Math.max(agreementOrZero(scorer, i, j - 1, 1, 1), agreementOrZero(scorer, i, j, 1, 1));
        } else {
            neighbour = Math.max(agreementOrZero(scorer, i - 1, j, 1, 1), agreementOrZero(scorer, i, j, 1, 1));
        }
        return 0.5 * (1 - clamp(neighbour));
    }

    private static double agreementOrZero(BeadScorer scorer, int i, int j, int a, int b) {
        if (i < 0 || j < 0 || !scorer.covers(i + a - 1, j + b - 1)) {
            return 0;
        }
        return scorer.agreement(i, j, a, b);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
