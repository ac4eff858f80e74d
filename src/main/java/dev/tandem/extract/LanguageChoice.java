package dev.tandem.extract;

import dev.tandem.model.LanguageEvidence;
import java.util.Locale;

/**
 * The article's language: what the markup or file declares while the text makes it plausible
 * (checked by its stop words first, and only when they are not conclusive by identification);
 * what the text is identified as when nothing is declared, or when the declaration is implausible
 * (templates often keep {@code lang="en"} on pages written in German); none when neither is sure,
 * so that the import asks.
 */
final class LanguageChoice {

    /** Below this many letters the identification is a guess, and a declaration is never overruled. */
    private static final int MIN_LETTERS_TO_OVERRULE = 80;
    /**
     * A declared language that scores at least this much of the best is plausible: close relatives
     * (Bokmål and Danish, Croatian and Serbian, Malay and Indonesian) share most n-grams, so the
     * declaration decides between them.
     */
    private static final double PLAUSIBLE = 0.8;

    private final LanguageIdentifier identifier;
    private final StopWords stopWords;

    LanguageChoice(LanguageIdentifier identifier, StopWords stopWords) {
        this.identifier = identifier;
        this.stopWords = stopWords;
    }

    /** The language of {@code text} (null when the user must say) and the evidence behind it. */
    Decision decide(String declared, String text) {
        String tag = declared == null || declared.isBlank() ? null : declared.strip().replace('_', '-');
        if (tag != null && stopWords.confirms(tag, text)) {
            // The declaration is plausible beyond doubt: identification (most of a page's parse time) is not needed.
            return new Decision(tag, LanguageEvidence.declaredOnly(tag));
        }
        int letters = letters(text);
        LanguageIdentifier.Detection detection = letters == 0 ? null : identifier.detect(text);
        if (detection == null || detection.language() == null) {
            return new Decision(tag, new LanguageEvidence(tag, null, 0));
        }
        LanguageEvidence evidence = new LanguageEvidence(tag, detection.language(), detection.confidence());
        if (tag == null) {
            return new Decision(evidence.confident() ? evidence.detected() : null, evidence);
        }
        boolean plausible = sameLanguage(tag, evidence.detected()) || letters < MIN_LETTERS_TO_OVERRULE
                || !evidence.confident() || detection.score(primary(tag)) >= PLAUSIBLE;
        return new Decision(plausible ? tag : evidence.detected(), evidence);
    }

    /** The language chosen for an article, null when unknown, and what it rests on. */
    record Decision(String language, LanguageEvidence evidence) {
    }

    private static boolean sameLanguage(String declared, String detected) {
        return primary(declared).equals(primary(detected));
    }

    /** The primary subtag, with Norwegian's macrolanguage read as Bokmål (what Lingua calls it). */
    static String primary(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        String code = dash < 0 ? lower : lower.substring(0, dash);
        return code.equals("no") ? "nb" : code;
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS_TO_OVERRULE; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
