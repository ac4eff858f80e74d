package dev.tandem.align;

import java.util.Arrays;

/**
 * For each source sentence i and target sentence j near the band, how many tokens of the pair find
 * a partner on the other side: source tokens whose key (or a learned translation) occurs in j, plus
 * target tokens whose key occurs among i's keys. Stored as floats over the band only.
 */
final class OverlapTable {

    /** Beads span up to this many sentences per side, so overlaps are kept this far past the band. */
    private static final int MARGIN = 4;

    private final int[] from;
    private final int[] to;
    private final int[] offset;
    private final float[] overlap;

    /**
     * @param sourceKeys per source sentence, per token, the keys it may match (own key, translations)
     */
    OverlapTable(Band band, int[][][] sourceKeys, TargetIndex index) {
        int n = band.sourceCount();
        int m = band.targetCount();
        from = new int[n];
        to = new int[n];
        offset = new int[n + 1];
        for (int i = 0; i < n; i++) {
            from[i] = Math.max(0, band.lo(Math.max(0, i - MARGIN)) - MARGIN);
            to[i] = Math.min(m - 1, band.hi(Math.min(n, i + 1)) + MARGIN);
            offset[i + 1] = offset[i] + Math.max(0, to[i] - from[i] + 1);
        }
        overlap = new float[offset[n]];
        int[] tokenStamp = new int[m];
        Arrays.fill(tokenStamp, -1);
        int stamp = 0;
        for (int i = 0; i < n; i++) {
            for (int[] keys : sourceKeys[i]) {
                stamp++;
                for (int key : keys) {
                    for (int p = index.firstAtOrAfter(key, from[i]); p < index.postingCount(key); p++) {
                        int j = index.sentence(key, p);
                        if (j > to[i]) {
                            break;
                        }
                        if (tokenStamp[j] != stamp) {
                            tokenStamp[j] = stamp;
                            overlap[offset[i] + j - from[i]] += 1;
                        }
                    }
                }
            }
            countTargetTokens(i, sourceKeys[i], index);
        }
    }

    /** Adds, for each j, the target tokens whose key is among the distinct keys of source sentence i. */
    private void countTargetTokens(int i, int[][] keysOfTokens, TargetIndex index) {
        int[] distinct = Arrays.stream(keysOfTokens).flatMapToInt(Arrays::stream).distinct().toArray();
        for (int key : distinct) {
            for (int p = index.firstAtOrAfter(key, from[i]); p < index.postingCount(key); p++) {
                int j = index.sentence(key, p);
                if (j > to[i]) {
                    break;
                }
                overlap[offset[i] + j - from[i]] += index.count(key, p);
            }
        }
    }

    /** Matching tokens between source sentence i and target sentence j; 0 outside the table. */
    float overlap(int i, int j) {
        if (j < from[i] || j > to[i]) {
            return 0;
        }
        return overlap[offset[i] + j - from[i]];
    }
}
