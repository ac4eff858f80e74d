package dev.tandem.align;

/** Prefix sums of sentence lengths, so the length of any run of sentences is one subtraction. */
final class SpanLengths {

    private final double[] prefix;

    SpanLengths(double[] lengths) {
        prefix = new double[lengths.length + 1];
        for (int k = 0; k < lengths.length; k++) {
            prefix[k + 1] = prefix[k] + lengths[k];
        }
    }

    /** Total length of sentences {@code [start, start + count)}. */
    double sum(int start, int count) {
        return prefix[start + count] - prefix[start];
    }
}
