package dev.tandem.extract;

import java.util.Locale;

/**
 * The article's language: what the markup or file declares, unless the text itself plainly says
 * otherwise (templates often keep {@code lang="en"} on pages written in German); the guess from
 * the text when nothing is declared.
 */
final class LanguageChoice {

    private LanguageChoice() {
    }

    static String choose(String declared, String guessed) {
        if (declared == null || declared.isBlank()) {
            return guessed;
        }
        String tag = declared.strip().replace('_', '-');
        if (guessed == null || primary(tag).equals(guessed)) {
            return tag;
        }
        return guessed;
    }

    private static String primary(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        String code = dash < 0 ? lower : lower.substring(0, dash);
        return code.equals("nb") || code.equals("nn") ? "no" : code;
    }
}
