package dev.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Dynamic programming over the cells of a {@link Band}: the cheapest sequence of beads from (0, 0)
 * to (n, m). Costs and back-pointers live in primitive arrays over the band only. When the best path
 * runs along an inner edge of the band the true path may lie outside it, so the band is re-centred
 * on that path, doubled, and the search repeated until the path keeps clear of the edges (or the
 * band is the whole lattice).
 */
final class BandedSearch {

    private final List<BeadShape> shapes;

    BandedSearch(List<BeadShape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /** A path through the lattice: its cells (i, j) from (0, 0) to (n, m), one per bead boundary. */
    record Path(int[] source, int[] target) {

        /** The path that runs along the given beads. */
        static Path along(List<Bead> beads) {
            int[] source = new int[beads.size() + 1];
            int[] target = new int[beads.size() + 1];
            for (int k = 0; k < beads.size(); k++) {
                source[k + 1] = beads.get(k).sourceEnd();
                target[k + 1] = beads.get(k).targetEnd();
            }
            return new Path(source, target);
        }

        int beadCount() {
            return source.length - 1;
        }

        /** The beads along the path, each as sure as {@code confidence} says of its spans. */
        List<Bead> beads(Confidence confidence) {
            List<Bead> beads = new ArrayList<>();
            for (int k = 0; k < beadCount(); k++) {
                int i = source[k];
                int j = target[k];
                int a = source[k + 1] - i;
                int b = target[k + 1] - j;
                beads.add(new Bead(i, i + a, j, j + b, confidence.of(i, j, a, b)));
            }
            return beads;
        }

        /** How sure an aligner is, in [0, 1], of the bead of source {@code [i, i + a)} and target {@code [j, j + b)}. */
        @FunctionalInterface
        interface Confidence {
            double of(int i, int j, int a, int b);
        }
    }

    /**
     * Searches {@code band}, widening it while the path touches its edges.
     *
     * @param costs prepares the bead cost for a band (features may be computed per band cell)
     */
    Path search(Band start, Function<Band, BeadCost> costs) {
        Band band = start;
        int[] halfWidths = new int[start.sourceCount() + 1];
        Arrays.fill(halfWidths, Math.max(8, widthOf(start)));
        while (true) {
            Path path = bestPath(band, costs.apply(band));
            if (band.isFull() || !widenWhereTouched(band, path, halfWidths)) {
                return path;
            }
            band = Band.aroundPath(band.sourceCount(), band.targetCount(), path.source(), path.target(), halfWidths);
        }
    }

    /**
     * Doubles the half-width of the rows near each place the path runs along an inner edge; the next
     * band is centred on this path, so it is pulled towards the true one while staying narrow
     * elsewhere. Doubling bounds the number of rounds by log2(m). Returns false if nothing touched.
     */
    private static boolean widenWhereTouched(Band band, Path path, int[] halfWidths) {
        int[] before = halfWidths.clone();
        boolean touched = false;
        for (int k = 0; k < path.source().length; k++) {
            int i = path.source()[k];
            if (!band.onInnerEdge(i, path.target()[k])) {
                continue;
            }
            touched = true;
            int reach = 8 * before[i];
            for (int row = Math.max(0, i - reach); row <= Math.min(band.sourceCount(), i + reach); row++) {
                halfWidths[row] = Math.max(halfWidths[row], 2 * before[i]);
            }
        }
        return touched;
    }

    private static int widthOf(Band band) {
        int widest = 0;
        for (int i = 0; i <= band.sourceCount(); i++) {
            widest = Math.max(widest, band.hi(i) - band.lo(i));
        }
        return widest / 2;
    }

    Path bestPath(Band band, BeadCost cost) {
        int n = band.sourceCount();
        double[] best = new double[band.size()];
        byte[] from = new byte[band.size()];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[band.index(0, 0)] = 0;
        double[] bound = new double[shapes.size()];
        for (int s = 0; s < shapes.size(); s++) {
            bound[s] = cost.lowerBound(shapes.get(s).a(), shapes.get(s).b());
        }
        for (int i = 0; i <= n; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                int cell = band.index(i, j);
                double cellBest = best[cell];
                byte cellFrom = from[cell];
                for (int s = 0; s < shapes.size(); s++) {
                    BeadShape shape = shapes.get(s);
                    int pi = i - shape.a();
                    int pj = j - shape.b();
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    double before = best[band.index(pi, pj)];
                    if (before == Double.POSITIVE_INFINITY || before + bound[s] >= cellBest) {
                        continue;
                    }
                    double candidate = before + cost.cost(pi, pj, shape.a(), shape.b());
                    if (candidate < cellBest) {
                        cellBest = candidate;
                        cellFrom = (byte) s;
                    }
                }
                best[cell] = cellBest;
                from[cell] = cellFrom;
            }
        }
        return backtrack(band, from);
    }

    private Path backtrack(Band band, byte[] from) {
        int i = band.sourceCount();
        int j = band.targetCount();
        int[] source = new int[i + j + 1];
        int[] target = new int[i + j + 1];
        int k = source.length - 1;
        source[k] = i;
        target[k] = j;
        while (i > 0 || j > 0) {
            BeadShape shape = shapes.get(from[band.index(i, j)]);
            i -= shape.a();
            j -= shape.b();
            k--;
            source[k] = i;
            target[k] = j;
        }
        return new Path(Arrays.copyOfRange(source, k, source.length), Arrays.copyOfRange(target, k, target.length));
    }
}
