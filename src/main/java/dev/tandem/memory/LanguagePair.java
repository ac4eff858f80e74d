package dev.tandem.memory;

import java.util.Locale;

/**
 * Which memory entries serve a language pair: entries match on the primary language subtags, so
 * {@code fr} finds {@code fr-FR} and {@code fr-CA} entries. A target tag that differs beyond the
 * primary subtag is marked on the match; when both tags name a region (or script) and they differ
 * ({@code fr-CA} for {@code fr-FR}), the score loses one point, so such a match is never taken as
 * exact without a look.
 */
final class LanguagePair {

    private LanguagePair() {
    }

    /** The index term for a pair: {@code en>fr}. */
    static String key(String sourceLanguage, String targetLanguage) {
        return primary(sourceLanguage) + ">" + primary(targetLanguage);
    }

    static boolean regionDiffers(String asked, String entry) {
        return !normalized(asked).equals(normalized(entry));
    }

    static int regionPenalty(String asked, String entry) {
        return regionDiffers(asked, entry) && normalized(asked).contains("-") && normalized(entry).contains("-") ? 1 : 0;
    }

    static String primary(String tag) {
        String cleaned = normalized(tag);
        int dash = cleaned.indexOf('-');
        return dash < 0 ? cleaned : cleaned.substring(0, dash);
    }

    private static String normalized(String tag) {
        return tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
