package dev.tandem.align;

/**
 * Numbers are the one anchor that almost never changes in translation. A sentence that carries
 * numbers of which none appears on the other side of its bead is very likely not part of that
 * bead: typically a photo caption or a note that a merged bead swallowed instead of leaving it
 * unaligned.
 */
final class NumberEvidence {

    private final int[][] sourceNumbers;
    private final int[][] targetNumbers;
    private final SpanLengths sourceNumbered;
    private final SpanLengths targetNumbered;

    NumberEvidence(int[][] sourceNumbers, int[][] targetNumbers) {
        this.sourceNumbers = sourceNumbers;
        this.targetNumbers = targetNumbers;
        this.sourceNumbered = numbered(sourceNumbers);
        this.targetNumbered = numbered(targetNumbers);
    }

    private static SpanLengths numbered(int[][] numbers) {
        double[] flags = new double[numbers.length];
        for (int s = 0; s < numbers.length; s++) {
            flags[s] = numbers[s].length > 0 ? 1 : 0;
        }
        return new SpanLengths(flags);
    }

    /** How many sentences of the bead have numbers, none of them found across the bead. */
    int strangers(int i, int j, int a, int b) {
        if (sourceNumbered.sum(i, a) == 0 && targetNumbered.sum(j, b) == 0) {
            return 0;
        }
        int count = 0;
        for (int s = i; s < i + a; s++) {
            if (sourceNumbers[s].length > 0 && !anyFound(sourceNumbers[s], targetNumbers, j, b)) {
                count++;
            }
        }
        for (int t = j; t < j + b; t++) {
            if (targetNumbers[t].length > 0 && !anyFound(targetNumbers[t], sourceNumbers, i, a)) {
                count++;
            }
        }
        return count;
    }

    private static boolean anyFound(int[] numbers, int[][] other, int start, int count) {
        for (int k = start; k < start + count; k++) {
            for (int number : other[k]) {
                if (java.util.Arrays.binarySearch(numbers, number) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
