package dev.tandem.qa;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The coarse word class of a glossary term or of a word in a sentence: enough to tell "a review"
 * (the term, a noun) from "she reviews" (a verb). Read from a glossary's part of speech (TBX's
 * {@code noun}, {@code verb}, …) or from LanguageTool's tags, whose tag sets differ by language
 * (Penn for English, EAGLES for Spanish and Portuguese, {@code SUB}/{@code VER} for German,
 * {@code N}/{@code V}/{@code J} for French, {@code ZNW}/{@code WKW} for Dutch, NKJP for Polish,
 * VESUM for Ukrainian).
 */
enum WordClass {
    NOUN, VERB, ADJECTIVE, ADVERB;

    private static final Map<WordClass, Pattern> TAGS = Map.of(
            NOUN, Pattern.compile("NN.*|NNP.*|N( .*)?|SUB.*|NC.*|NP.*|NOUN.*|ZNW.*|noun.*|subst.*|depr.*"),
            VERB, Pattern.compile("VB.*|MD|V( .*)?|VER.*|V[MAS].*|WKW.*|verb.*|fin.*|praet.*|inf.*|impt.*|ger.*|bedzie.*"),
            ADJECTIVE, Pattern.compile("JJ.*|J( .*)?|ADJ.*|A[QO].*|BNW.*|adj.*"),
            ADVERB, Pattern.compile("RB.*|A|ADV.*|R[GN].*|BYW.*|adv.*"));

    /** The class a tagger's tag stands for, if it is one of these. */
    static Optional<WordClass> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (WordClass wordClass : values()) {
            if (TAGS.get(wordClass).matcher(tag).matches()) {
                return Optional.of(wordClass);
            }
        }
        return Optional.empty();
    }

    /** The class a glossary's part of speech names ({@code noun}, {@code properNoun}, {@code verb}, {@code adj}, …). */
    static Optional<WordClass> ofPartOfSpeech(String partOfSpeech) {
        if (partOfSpeech == null) {
            return Optional.empty();
        }
        String plain = partOfSpeech.strip().toLowerCase(Locale.ROOT);
        if (plain.equals("noun") || plain.equals("n") || plain.equals("propernoun") || plain.equals("proper noun")) {
            return Optional.of(NOUN);
        }
        if (plain.equals("verb") || plain.equals("v")) {
            return Optional.of(VERB);
        }
        if (plain.startsWith("adj")) {
            return Optional.of(ADJECTIVE);
        }
        if (plain.startsWith("adv")) {
            return Optional.of(ADVERB);
        }
        return Optional.empty();
    }
}
