package dev.tandem.extract;

/**
 * The language a script gives away on its own: kana means Japanese, Hangul Korean, Han without
 * kana Chinese, and a few scripts used by essentially one language here. Latin and Cyrillic text
 * is left to the stop-word guess.
 */
final class ScriptGuess {

    private ScriptGuess() {
    }

    static String of(String text) {
        int letters = 0;
        int kana = 0;
        int han = 0;
        int hangul = 0;
        int greek = 0;
        int arabic = 0;
        int hebrew = 0;
        int thai = 0;
        for (int i = 0; i < text.length() && letters < 20_000; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(codePoint)) {
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case HANGUL -> hangul++;
                case GREEK -> greek++;
                case ARABIC -> arabic++;
                case HEBREW -> hebrew++;
                case THAI -> thai++;
                default -> { }
            }
        }
        if (letters == 0) {
            return null;
        }
        double cjk = (double) (kana + han + hangul) / letters;
        if (cjk > 0.3) {
            if (kana > letters / 20) {
                return "ja";
            }
            return hangul > han ? "ko" : "zh";
        }
        if (greek > letters / 2) {
            return "el";
        }
        if (arabic > letters / 2) {
            return "ar";
        }
        if (hebrew > letters / 2) {
            return "he";
        }
        return thai > letters / 2 ? "th" : null;
    }
}
