package dev.tandem.coverage;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words and characters of text in one language.
 *
 * <p>Words: the tokens between ICU word boundaries (UAX #29 plus ICU's dictionaries for Chinese,
 * Japanese, Thai, Lao, Khmer and Burmese) whose rule status says number, letter, kana or
 * ideograph. Spaces and punctuation have status "none" and are not words. So "don't" and "3.5" are
 * one word each, and "well-known" is two, as GMX-V (which defers to UAX #29) counts them.
 *
 * <p>Characters: user-perceived characters (grapheme clusters) that are not whitespace, punctuation
 * included — GMX-V's character count. A base letter with combining accents, or an emoji sequence,
 * is one character.
 *
 * <p>Not thread-safe (ICU break iterators keep state): make one per counting job.
 */
public final class TextCounter {

    private final BreakIterator words;
    private final BreakIterator characters;

    public TextCounter(String languageTag) {
        ULocale locale = ULocale.forLanguageTag(languageTag);
        this.words = BreakIterator.getWordInstance(locale);
        this.characters = BreakIterator.getCharacterInstance(locale);
    }

    public TextCount count(String text) {
        if (text == null || text.isEmpty()) {
            return TextCount.ZERO;
        }
        return new TextCount(countWords(text), countCharacters(text));
    }

    private int countWords(String text) {
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            // Statuses below WORD_NONE_LIMIT mark spaces and punctuation; numbers, letters, kana and
            // ideographs are all at or above it.
            if (words.getRuleStatus() >= RuleBasedBreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        return count;
    }

    private int countCharacters(String text) {
        if (isSimple(text)) {
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!UCharacter.isUWhiteSpace(text.charAt(i))) {
                    count++;
                }
            }
            return count;
        }
        characters.setText(text);
        int count = 0;
        int start = characters.first();
        for (int end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
            if (!UCharacter.isUWhiteSpace(text.codePointAt(start))) {
                count++;
            }
        }
        return count;
    }

    /** Latin-1 text: every UTF-16 unit is a character of its own (CR LF is whitespace either way). */
    private static boolean isSimple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
