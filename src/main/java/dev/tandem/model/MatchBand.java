package dev.tandem.model;

/**
 * The bands an analysis counts words in, as Trados and Matecat present them (and OmegaT's match
 * statistics): context matches, 100 %, four fuzzy bands, no match, and repetitions of a sentence
 * already counted in the same document.
 */
public enum MatchBand {
    CONTEXT("context", 101), REPETITION("repetitions", -1), EXACT("100%", 100), HIGH("95-99%", 95),
    MEDIUM_HIGH("85-94%", 85), MEDIUM("75-84%", 75), LOW("50-74%", 50), NO_MATCH("no match", 0);

    private final String label;
    private final int lowest;

    MatchBand(String label, int lowest) {
        this.label = label;
        this.lowest = lowest;
    }

    /** The band of a best score (0 when nothing matched). */
    public static MatchBand of(int score) {
        for (MatchBand band : values()) {
            if (band != REPETITION && score >= band.lowest) {
                return band;
            }
        }
        return NO_MATCH;
    }

    public String label() {
        return label;
    }

    /** The lowest score in the band. */
    public int lowest() {
        return lowest;
    }
}
