package dev.tandem.align;

/**
 * The first band of a search, centred on a rough path instead of the diagonal. A translation
 * drifts from the diagonal like a random walk (in the benchmark about 20 sentences at 1,000, 43 at
 * 10,000), so a diagonal band of fixed width fails on long texts and must be widened and searched
 * again; a band wide enough from the start grows with √n. Here the rough path comes from lengths
 * alone, coarse to fine: adjacent sentences are merged in pairs on both sides, the halved texts are
 * aligned the same way (recursively), and their path, scaled back up, centres the band at the full
 * resolution. Each level costs half the one below, so the whole is linear in the number of sentences;
 * recursing down to a small size at every length keeps that overhead the same per sentence for 1,000
 * sentences as for 100,000. (Merging four at a time is cheaper but lengths alone then stray by tens
 * of sentences, and the first pass must widen.)
 * <p>
 * Summed lengths tell little about a <em>steady</em> drift, such as a note added after every tenth
 * sentence for a whole chapter: long units all look alike. There the rough path stays near the
 * diagonal and {@link BandedSearch} widens the band where the path touches it, as it would anyway.
 */
final class CoarseBand {

    /** Sentences merged into one unit per level. */
    static final int FACTOR = 2;
    /** Below this many sentences on either side the diagonal is close enough to start from. */
    static final int DIRECT_BELOW = 64;
    /** Half-width of the bands of the length-only levels. */
    private static final int LEVEL_HALF_WIDTH = 16;

    private final BandedSearch search = new BandedSearch(BeadShape.GALE_CHURCH);
    private final LengthModel lengths;

    CoarseBand(LengthModel lengths) {
        this.lengths = lengths;
    }

    /** A band of {@code halfWidth} around the length-only path of the two texts. */
    Band around(double[] sourceLengths, double[] targetLengths, int halfWidth) {
        int n = sourceLengths.length;
        int m = targetLengths.length;
        if (n < DIRECT_BELOW || m < DIRECT_BELOW) {
            return Band.aroundDiagonal(n, m, halfWidth);
        }
        BandedSearch.Path coarse = path(shrunk(sourceLengths), shrunk(targetLengths));
        return Band.aroundPath(n, m, scaledUp(coarse.source(), n), scaledUp(coarse.target(), m), halfWidth);
    }

    private BandedSearch.Path path(double[] sourceLengths, double[] targetLengths) {
        Band start = around(sourceLengths, targetLengths, LEVEL_HALF_WIDTH);
        BeadCost cost = new LengthOnlyCost(lengths, new SpanLengths(sourceLengths), new SpanLengths(targetLengths));
        return search.search(start, ignored -> cost);
    }

    /** Sentences {@code FACTOR·k .. FACTOR·k + FACTOR - 1} become one unit of their summed length. */
    private static double[] shrunk(double[] lengths) {
        double[] units = new double[(lengths.length + FACTOR - 1) / FACTOR];
        for (int k = 0; k < lengths.length; k++) {
            units[k / FACTOR] += lengths[k];
        }
        return units;
    }

    private static int[] scaledUp(int[] coarse, int limit) {
        int[] fine = new int[coarse.length];
        for (int k = 0; k < coarse.length; k++) {
            fine[k] = Math.min(limit, FACTOR * coarse[k]);
        }
        return fine;
    }
}
