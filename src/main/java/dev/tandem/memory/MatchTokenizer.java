package dev.tandem.memory;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts sentences into tokens at ICU word boundaries (UAX #29, with ICU's dictionaries for Chinese,
 * Japanese, Thai, Lao, Khmer and Burmese), so a Japanese sentence scores by its words as an English
 * one does. Words are compared case-folded and in NFKC (full-width Latin matches half-width); every
 * number is the same key, so two sentences differing only in their numbers score 100 before the
 * verbatim comparison marks them down to 99.
 *
 * <p>Thread-safe: each call clones this tokenizer's break iterator for the language (ICU's are
 * stateful, and cloning one is much cheaper than building it from the rules again).
 */
public final class MatchTokenizer {

    private final Map<String, BreakIterator> prototypes = new ConcurrentHashMap<>();

    /** The key every number matches as. */
    public static final String NUMBER = "#";

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    public TokenizedText tokenize(String text, String languageTag) {
        if (text == null || text.isEmpty()) {
            return new TokenizedText("", List.of(), List.of());
        }
        BreakIterator words = (BreakIterator) prototypes
                .computeIfAbsent(languageTag, tag -> BreakIterator.getWordInstance(ULocale.forLanguageTag(tag))).clone();
        words.setText(text);
        List<Token> all = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            String piece = text.substring(start, end);
            Token token;
            if (status >= RuleBasedBreakIterator.WORD_NUMBER && status < RuleBasedBreakIterator.WORD_NUMBER_LIMIT) {
                token = new Token(piece, start, end, Token.Kind.NUMBER, NUMBER);
            } else if (status >= RuleBasedBreakIterator.WORD_NONE_LIMIT) {
                token = new Token(piece, start, end, Token.Kind.WORD, NFKC_CASEFOLD.normalize(piece));
            } else if (isSpace(piece)) {
                continue;
            } else {
                token = new Token(piece, start, end, Token.Kind.PUNCTUATION, NFKC_CASEFOLD.normalize(piece));
            }
            all.add(token);
            if (token.scored()) {
                keys.add(token.key());
            }
        }
        if (keys.isEmpty()) {
            // A sentence of only punctuation or symbols ("—", "***") still needs something to match on.
            all.forEach(token -> keys.add(token.key()));
        }
        return new TokenizedText(text, all, keys);
    }

    private static boolean isSpace(String piece) {
        for (int i = 0; i < piece.length(); ) {
            int codePoint = piece.codePointAt(i);
            if (!UCharacter.isUWhiteSpace(codePoint) && !Character.isSpaceChar(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
