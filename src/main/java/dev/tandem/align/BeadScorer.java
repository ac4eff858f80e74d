package dev.tandem.align;

/**
 * The cost of a bead for {@link SentenceAligner}: a prior on its shape, Gale–Church length
 * agreement, and lexical agreement. Lexical agreement is the share of anchor tokens that find a
 * partner across the bead, rescaled per document between what unrelated sentence pairs reach
 * (0) and what the best pair of each row reaches (1), so it means the same for de–fr as for en–ja;
 * when anchors do not separate right from wrong pairs at all, it is left out. Each sentence of a pair
 * bead whose numbers all miss the other side costs extra ({@link NumberEvidence}), so a bead does not
 * swallow a neighbouring caption rather than leave it unaligned.
 */
final class BeadScorer implements BeadCost {

    /** Tuned on the Text+Berg development document; see the README's Alignment section. */
    record Weights(double length, double lexical, double skip, double twoOne, double twoTwo, double threeOne,
                   double threeTwo, double strayNumbers) {
        static final Weights DEFAULT = new Weights(1.0, 2.5, 4.0, 3.0, 6.0, 6.0, 10.0, 2.0);
    }

    private static final double MIN_SEPARATION = 0.02;

    private final Weights weights;
    private final LengthModel lengths;
    private final SpanLengths sourceLengths;
    private final SpanLengths targetLengths;
    private final SpanLengths sourceAnchors;
    private final SpanLengths targetAnchors;
    private final OverlapTable overlaps;
    private final NumberEvidence numbers;
    private final double unrelated;
    private final double related;
    private final boolean lexical;
    private final int sourceCount;
    private final int targetCount;

    BeadScorer(Weights weights, LengthModel lengths, SpanLengths sourceLengths, SpanLengths targetLengths,
               SpanLengths sourceAnchors, SpanLengths targetAnchors, OverlapTable overlaps, NumberEvidence numbers,
               Band band) {
        this.numbers = numbers;
        this.weights = weights;
        this.lengths = lengths;
        this.sourceLengths = sourceLengths;
        this.targetLengths = targetLengths;
        this.sourceAnchors = sourceAnchors;
        this.targetAnchors = targetAnchors;
        this.overlaps = overlaps;
        this.sourceCount = band.sourceCount();
        this.targetCount = band.targetCount();
        double[] levels = calibrate(band);
        this.unrelated = levels[0];
        this.related = levels[1];
        this.lexical = related - unrelated >= MIN_SEPARATION;
    }

    /** Mean 1:1 similarity over the band (mostly unrelated pairs) and mean of each row's best. */
    private double[] calibrate(Band band) {
        double all = 0;
        long cells = 0;
        double bestSum = 0;
        int rows = 0;
        for (int i = 0; i < band.sourceCount(); i++) {
            double best = 0;
            for (int j = band.lo(i); j <= band.hi(i) && j < band.targetCount(); j++) {
                double similarity = similarity(i, j, 1, 1);
                all += similarity;
                cells++;
                best = Math.max(best, similarity);
            }
            bestSum += best;
            rows++;
        }
        double unrelatedLevel = cells == 0 ? 0 : all / cells;
        double relatedLevel = rows == 0 ? 0 : bestSum / rows;
        return new double[] {unrelatedLevel, relatedLevel};
    }

    @Override
    public double cost(int i, int j, int a, int b) {
        if (a == 0 || b == 0) {
            return weights.skip() + (lexical ? weights.lexical() * 0.5 * (a + b) : 0);
        }
        double cost = prior(a, b, weights) + weights.length() * lengths.cost(sourceLengths.sum(i, a), targetLengths.sum(j, b));
        if (lexical) {
            cost += weights.lexical() * 0.5 * (a + b) * (1 - agreement(i, j, a, b));
        }
        cost += weights.strayNumbers() * numbers.strangers(i, j, a, b);
        return cost;
    }

    /**
     * Prior plus the largest lexical reward (agreement is capped at 2); length and number costs are
     * never negative. The small margin covers rounding in {@link #cost}.
     */
    @Override
    public double lowerBound(int a, int b) {
        if (a == 0 || b == 0) {
            return cost(0, 0, a, b) - 1e-9;
        }
        return prior(a, b, weights) - (lexical ? weights.lexical() * 0.5 * (a + b) : 0) - 1e-9;
    }

    /**
     * Lexical agreement rescaled: about 0 for unrelated sentences, about 1 for a typical translation.
     * A merged bead compares a·b sentence pairs, so it collects chance matches a·b times; that
     * expected chance share is taken off before rescaling, or merges would look better than they are.
     */
    double agreement(int i, int j, int a, int b) {
        if (!lexical) {
            return 0;
        }
        double sourceCount = sourceAnchors.sum(i, a);
        double targetCount = targetAnchors.sum(j, b);
        double anchors = sourceCount + targetCount;
        if (anchors == 0) {
            return 0;
        }
        double chance = unrelated * (b * sourceCount + a * targetCount) / anchors;
        double scaled = (matched(i, j, a, b) / anchors - chance) / (related - unrelated);
        return Math.max(-1, Math.min(2, scaled));
    }

    /** True when source sentence i and target sentence j both exist. */
    boolean covers(int i, int j) {
        return i >= 0 && j >= 0 && i < sourceCount && j < targetCount;
    }

    boolean usesLexicalEvidence() {
        return lexical;
    }

    /** Share of anchor tokens of both sides that find a partner on the other side of the bead. */
    double similarity(int i, int j, int a, int b) {
        double anchors = sourceAnchors.sum(i, a) + targetAnchors.sum(j, b);
        return anchors == 0 ? 0 : Math.min(1, matched(i, j, a, b) / anchors);
    }

    private double matched(int i, int j, int a, int b) {
        double matched = 0;
        for (int s = i; s < i + a; s++) {
            for (int t = j; t < j + b; t++) {
                matched += overlaps.overlap(s, t);
            }
        }
        return matched;
    }

    /** Probability that the lengths of the bead agree, in [0, 1]. */
    double lengthAgreement(int i, int j, int a, int b) {
        return lengths.probability(sourceLengths.sum(i, a), targetLengths.sum(j, b));
    }

    private static double prior(int a, int b, Weights weights) {
        if (a == 1 && b == 1) {
            return 0;
        }
        if (a + b == 3) {
            return weights.twoOne();
        }
        if (a == 2 && b == 2) {
            return weights.twoTwo();
        }
        if (a + b == 4) {
            return weights.threeOne();
        }
        // Five-sentence beads (3:2, 2:3, 4:1, 1:4) share one prior.
        return weights.threeTwo();
    }
}
