package dev.tandem.memory;

import java.util.List;

/**
 * OmegaT's fuzzy score: the token-level Levenshtein distance between two sentences, as a share of
 * the longer one's token count, rounded down — {@code 100 × (max(n, m) − distance) / max(n, m)}
 * (OmegaT's {@code FuzzyMatcher.calcSimilarity}). Three words of four kept is 75 %.
 */
public final class FuzzyScore {

    private FuzzyScore() {
    }

    public static int similarity(List<String> a, List<String> b) {
        return similarity(a.toArray(String[]::new), b.toArray(String[]::new));
    }

    public static int similarity(String[] a, String[] b) {
        int longer = Math.max(a.length, b.length);
        if (longer == 0) {
            return 0;
        }
        return 100 * (longer - distance(a, b)) / longer;
    }

    /** Insertions, deletions and substitutions of whole tokens turning {@code a} into {@code b}. */
    public static int distance(String[] a, String[] b) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        int[] previous = new int[n + 1];
        int[] current = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            previous[i] = i;
        }
        for (int j = 1; j <= m; j++) {
            String bj = b[j - 1];
            current[0] = j;
            for (int i = 1; i <= n; i++) {
                int cost = a[i - 1].equals(bj) ? 0 : 1;
                current[i] = Math.min(Math.min(current[i - 1] + 1, previous[i] + 1), previous[i - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[n];
    }

    /**
     * The fewest tokens two sentences of {@code n} and {@code m} scored tokens must share for a score
     * of at least {@code minimum}: a score {@code s} allows at most {@code max(n, m) × (100 − s) / 100}
     * edits, and every token not shared costs at least one.
     */
    public static int sharedAtLeast(int n, int minimum) {
        return (int) Math.ceil(n * minimum / 100.0);
    }
}
