package dev.tandem.align;

/** The cost of one bead in the search; lower is better. */
@FunctionalInterface
interface BeadCost {

    /**
     * Cost of the bead holding source sentences {@code [i, i + a)} and target sentences
     * {@code [j, j + b)}.
     */
    double cost(int i, int j, int a, int b);
}
