package dev.tandem.normalize;

/**
 * Choices a user makes about the normalized article. {@code keepCaptions}: photo captions and
 * credit lines stay in the article, typed {@code CAPTION} so the translator sees them apart; off,
 * they are left out entirely.
 */
public record NormalizationOptions(boolean keepCaptions) {

    public static NormalizationOptions defaults() {
        return new NormalizationOptions(true);
    }
}
