package dev.tandem.exchange;

import java.util.Locale;

/** Comparing language tags the way bilingual files use them: {@code fr} and {@code fr-FR} match, {@code pt-BR} and {@code pt-PT} do not. */
final class LanguageTags {

    private LanguageTags() {
    }

    static boolean match(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = a.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        String y = b.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return x.equals(y) || x.startsWith(y + "-") || y.startsWith(x + "-");
    }
}
