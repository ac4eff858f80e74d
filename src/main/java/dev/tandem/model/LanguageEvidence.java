package dev.tandem.model;

/**
 * How an article's language was found, so that an import can say "detected pl" or ask for
 * {@code --lang}: what the file declares (null when silent), what its text looks like (null when
 * there was too little text to tell), and how sure that identification is (0 to 1).
 */
public record LanguageEvidence(String declared, String detected, double confidence) {

    /** At or above this confidence a detected language is used without asking. */
    public static final double CONFIDENT = 0.5;

    public LanguageEvidence {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
    }

    /** Nothing declared, nothing detected. */
    public static LanguageEvidence none() {
        return new LanguageEvidence(null, null, 0);
    }

    /** Only what the file declares (no identification was run). */
    public static LanguageEvidence declaredOnly(String declared) {
        return new LanguageEvidence(declared, null, 0);
    }

    /** Whether the detected language is sure enough to use without asking the user. */
    public boolean confident() {
        return detected != null && confidence >= CONFIDENT;
    }
}
