package dev.tandem.align;

/**
 * Gale and Church's (1993) bead cost: {@code -log} of the prior of the bead's shape plus the
 * {@link LengthModel} cost of its lengths. Used by the plain baseline and by {@link CoarseBand}.
 */
final class LengthOnlyCost implements BeadCost {

    private final LengthModel lengths;
    private final SpanLengths source;
    private final SpanLengths target;

    LengthOnlyCost(LengthModel lengths, SpanLengths source, SpanLengths target) {
        this.lengths = lengths;
        this.source = source;
        this.target = target;
    }

    @Override
    public double cost(int i, int j, int a, int b) {
        return prior(a, b) + lengths.cost(source.sum(i, a), target.sum(j, b));
    }

    /** The length cost is never negative, so the prior bounds the whole. */
    @Override
    public double lowerBound(int a, int b) {
        return prior(a, b);
    }

    /** -log of the 1993 priors: 1:1 0.89, 1:0 and 0:1 0.0099, 2:1 and 1:2 0.089, 2:2 0.011. */
    static double prior(int a, int b) {
        if (a == 1 && b == 1) {
            return -Math.log(0.89);
        }
        if (a == 0 || b == 0) {
            return -Math.log(0.0099 / 2);
        }
        if (a == 2 && b == 2) {
            return -Math.log(0.011);
        }
        return -Math.log(0.089 / 2);
    }
}
