package dev.tandem.align;

import java.util.Arrays;

/**
 * The cells of the alignment lattice the search visits: for each source position {@code i} in
 * {@code 0..n}, the target positions {@code lo[i]..hi[i]}. Both bounds never decrease and each row
 * overlaps the next, so every cell can be reached from (0, 0) and (n, m) is always inside. Memory is
 * the sum of the row widths, not n × m.
 */
final class Band {

    private final int sourceCount;
    private final int targetCount;
    private final int[] lo;
    private final int[] hi;
    private final int[] offset;

    private Band(int sourceCount, int targetCount, int[] lo, int[] hi) {
        this.sourceCount = sourceCount;
        this.targetCount = targetCount;
        this.lo = lo;
        this.hi = hi;
        repair();
        this.offset = new int[sourceCount + 2];
        for (int i = 0; i <= sourceCount; i++) {
            offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
        }
    }

    /** Cells within {@code halfWidth} of the straight line from (0, 0) to (n, m). */
    static Band aroundDiagonal(int sourceCount, int targetCount, int halfWidth) {
        int[] lo = new int[sourceCount + 1];
        int[] hi = new int[sourceCount + 1];
        for (int i = 0; i <= sourceCount; i++) {
            int centre = sourceCount == 0 ? 0 : (int) Math.round((double) i * targetCount / sourceCount);
            lo[i] = centre - halfWidth;
            hi[i] = centre + halfWidth;
        }
        return new Band(sourceCount, targetCount, lo, hi);
    }

    /** Cells within {@code halfWidth} of a path given as (i, j) pairs from (0, 0) to (n, m). */
    static Band aroundPath(int sourceCount, int targetCount, int[] pathSource, int[] pathTarget, int halfWidth) {
        int[] halfWidths = new int[sourceCount + 1];
        Arrays.fill(halfWidths, halfWidth);
        return aroundPath(sourceCount, targetCount, pathSource, pathTarget, halfWidths);
    }

    /** Cells within {@code halfWidths[i]} of a path, so the band can be wide only where it must. */
    static Band aroundPath(int sourceCount, int targetCount, int[] pathSource, int[] pathTarget, int[] halfWidths) {
        int[] lo = new int[sourceCount + 1];
        int[] hi = new int[sourceCount + 1];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, Integer.MIN_VALUE);
        for (int k = 0; k < pathSource.length; k++) {
            int i = pathSource[k];
            lo[i] = Math.min(lo[i], pathTarget[k] - halfWidths[i]);
            hi[i] = Math.max(hi[i], pathTarget[k] + halfWidths[i]);
        }
        // A path jumps rows with 2:x beads; the skipped rows inherit the range of the row before.
        for (int i = 1; i <= sourceCount; i++) {
            if (lo[i] == Integer.MAX_VALUE) {
                lo[i] = lo[i - 1];
                hi[i] = hi[i - 1];
            }
        }
        return new Band(sourceCount, targetCount, lo, hi);
    }

    private void repair() {
        for (int i = 0; i <= sourceCount; i++) {
            lo[i] = Math.max(0, Math.min(lo[i], targetCount));
            hi[i] = Math.max(0, Math.min(hi[i], targetCount));
        }
        lo[0] = 0;
        hi[sourceCount] = targetCount;
        for (int i = 1; i <= sourceCount; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = sourceCount - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 0; i <= sourceCount; i++) {
            hi[i] = Math.max(hi[i], lo[i]);
            if (i > 0 && lo[i] > hi[i - 1]) {
                lo[i] = hi[i - 1];
            }
        }
    }

    int sourceCount() {
        return sourceCount;
    }

    int targetCount() {
        return targetCount;
    }

    int lo(int i) {
        return lo[i];
    }

    int hi(int i) {
        return hi[i];
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= sourceCount && j >= lo[i] && j <= hi[i];
    }

    /** Index of cell (i, j) in a flat array of {@link #size()} cells; the cell must be inside. */
    int index(int i, int j) {
        return offset[i] + (j - lo[i]);
    }

    int size() {
        return offset[sourceCount + 1];
    }

    /** True when every cell of the lattice is inside: widening cannot help any more. */
    boolean isFull() {
        for (int i = 0; i <= sourceCount; i++) {
            if (lo[i] > 0 || hi[i] < targetCount) {
                return false;
            }
        }
        return true;
    }

    /** True when (i, j) lies on a band edge that is not the edge of the lattice itself. */
    boolean onInnerEdge(int i, int j) {
        return (j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < targetCount);
    }
}
