package dev.tandem.align;

/** The cost of one bead in the search; lower is better. */
@FunctionalInterface
interface BeadCost {

    /**
     * Cost of the bead holding source sentences {@code [i, i + a)} and target sentences
     * {@code [j, j + b)}.
     */
    double cost(int i, int j, int a, int b);

    /**
     * No bead of {@code a} × {@code b} sentences costs less than this; the search skips a bead whose
     * bound already cannot beat the best way into a cell. The default bounds nothing.
     */
    default double lowerBound(int a, int b) {
        return Double.NEGATIVE_INFINITY;
    }
}
