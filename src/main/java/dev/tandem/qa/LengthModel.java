package dev.tandem.qa;

/**
 * How long a translation usually is in a language pair, learnt from the store: the mean and
 * spread of log(target length / source length) over its translated units. With too few units to
 * learn from, a wide default band (a target a third or three times the source) stands in.
 */
public record LengthModel(double mean, double spread, int learntFrom) {

    /** Below this many units the default band is used. */
    static final int MINIMUM_UNITS = 30;
    /** Units this short vary too much in length to judge (a word, a title). */
    static final int MINIMUM_SOURCE_LENGTH = 25;
    private static final double DEFAULT_SPREAD = Math.log(3) / 3.5;

    /** The sums the model is learnt from, kept as units come and go (not thread-safe: its corpus' lock guards it). */
    static final class Tally {
        private double sum;
        private double squares;
        private int count;

        void add(TranslationCorpus.Entry entry) {
            if (counts(entry)) {
                double ratio = logRatio(entry.source(), entry.target());
                sum += ratio;
                squares += ratio * ratio;
                count++;
            }
        }

        void remove(TranslationCorpus.Entry entry) {
            if (counts(entry)) {
                double ratio = logRatio(entry.source(), entry.target());
                sum -= ratio;
                squares -= ratio * ratio;
                count--;
            }
        }

        LengthModel model() {
            if (count < MINIMUM_UNITS) {
                return new LengthModel(0, DEFAULT_SPREAD, count);
            }
            double mean = sum / count;
            double spread = Math.sqrt(Math.max(squares / count - mean * mean, 0));
            // Never narrower than ±15 %: a store of very regular translations must not flag ordinary variation.
            return new LengthModel(mean, Math.max(spread, Math.log(1.15)), count);
        }

        private static boolean counts(TranslationCorpus.Entry entry) {
            return !entry.target().isBlank() && entry.source().strip().length() >= MINIMUM_SOURCE_LENGTH;
        }
    }

    /** How many spreads the unit's length ratio lies from the usual one (positive: longer). */
    public double deviation(String source, String target) {
        return (logRatio(source, target) - mean) / spread;
    }

    /** The usual target length for a source of this length. */
    public long expectedLength(String source) {
        return Math.round(source.strip().codePointCount(0, source.strip().length()) * Math.exp(mean));
    }

    static double logRatio(String source, String target) {
        String s = source.strip();
        String t = target.strip();
        return Math.log((t.codePointCount(0, t.length()) + 1.0) / (s.codePointCount(0, s.length()) + 1.0));
    }
}
