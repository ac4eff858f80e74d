package dev.tandem.align;

import java.util.List;

/**
 * Gale and Church's (1993) length model: the target length of a translation is about {@code ratio}
 * times the source length, with a variance growing with length ({@code variance} per unit). The
 * cost is {@code -log P(|δ|)}, the two-sided normal tail of the standardised length difference.
 */
final class LengthModel {

    /** Gale and Church's estimate of the variance per character (s² = 6.8). */
    static final double GALE_CHURCH_VARIANCE = 6.8;

    private final double ratio;
    private final double variance;

    LengthModel(double ratio, double variance) {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive");
        }
        this.ratio = ratio;
        this.variance = variance;
    }

    /** A model whose ratio is the target total over the source total, so each pair is calibrated. */
    static LengthModel calibrated(double[] sourceLengths, double[] targetLengths, double variance) {
        double source = 0;
        double target = 0;
        for (double length : sourceLengths) {
            source += length;
        }
        for (double length : targetLengths) {
            target += length;
        }
        double ratio = source > 0 && target > 0 ? target / source : 1.0;
        return new LengthModel(ratio, variance);
    }

    double ratio() {
        return ratio;
    }

    /** {@code -log P(match | lengths)}; 0 for two empty sides. */
    double cost(double sourceLength, double targetLength) {
        return -logProbability(sourceLength, targetLength);
    }

    /** P(match | lengths) in [0, 1]: 1 when the lengths agree exactly with the ratio. */
    double probability(double sourceLength, double targetLength) {
        return Math.exp(logProbability(sourceLength, targetLength));
    }

    private double logProbability(double sourceLength, double targetLength) {
        double mean = (sourceLength + targetLength / ratio) / 2;
        if (mean <= 0) {
            return 0;
        }
        double z = Math.abs(ratio * sourceLength - targetLength) / Math.sqrt(variance * mean);
        return logTwoSidedTail(z);
    }

    /** log(2 (1 - Φ(z))) = log erfc(z / √2), by the Chebyshev fit of Numerical Recipes (erfcc). */
    static double logTwoSidedTail(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.min(0, Math.log(t) - x * x + poly);
    }

    /**
     * Length of a sentence in characters (code points, whitespace runs counted once). With
     * {@code cjkWeight} above 1, each Han, kana or Hangul character counts that many times: such a
     * character carries about a word's worth of meaning, so this brings en–ja near a constant ratio.
     */
    static double measure(String sentence, double cjkWeight) {
        double length = 0;
        boolean previousSpace = true;
        for (int k = 0; k < sentence.length(); ) {
            int cp = sentence.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                if (!previousSpace) {
                    length += 1;
                }
                previousSpace = true;
                continue;
            }
            previousSpace = false;
            length += isCjk(cp) ? cjkWeight : 1;
        }
        return length;
    }

    static double[] measureAll(List<String> sentences, double cjkWeight) {
        double[] lengths = new double[sentences.size()];
        for (int k = 0; k < lengths.length; k++) {
            lengths[k] = measure(sentences.get(k), cjkWeight);
        }
        return lengths;
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
