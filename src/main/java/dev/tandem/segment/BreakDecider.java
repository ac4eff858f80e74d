package dev.tandem.segment;

import static dev.tandem.segment.Punctuation.isCloser;
import static dev.tandem.segment.Punctuation.isDot;
import static dev.tandem.segment.Punctuation.isFullStop;
import static dev.tandem.segment.Punctuation.isOpener;
import static dev.tandem.segment.Punctuation.isSpace;
import static dev.tandem.segment.Punctuation.isTerminator;

import dev.tandem.segment.LanguageProfile.AbbreviationKind;

/**
 * The built-in rules: decides whether a candidate break (from ICU or from {@link ExtraBreakScanner})
 * really ends a sentence. Every test looks at a few characters around the candidate, never at the
 * whole text, so the rules cost little next to ICU's own pass.
 */
final class BreakDecider {

    /** Below this many words, "At 5 a.m." is a fragment, not a sentence that ends at the abbreviation. */
    private static final int MIN_WORDS_BEFORE_AMBIGUOUS_END = 4;

    /** No abbreviation in the word lists is longer; longer words skip the look-up. */
    private static final int MAX_ABBREVIATION_LENGTH = 12;

    private final LanguageProfile profile;
    private final AbbreviationIndex abbreviations;
    private final boolean semicolonIsQuestion;
    private final boolean cjkBrackets;
    private final boolean ordinalDots;
    private final boolean firstPersonI;
    private final boolean guillemetsReversed;

    BreakDecider(LanguageProfile profile) {
        this.profile = profile;
        this.abbreviations = new AbbreviationIndex(profile.abbreviations());
        this.semicolonIsQuestion = profile.has("semicolon-question");
        this.cjkBrackets = profile.has("cjk-brackets");
        this.ordinalDots = profile.has("ordinal-dots");
        this.firstPersonI = profile.has("first-person-i");
        this.guillemetsReversed = profile.has("guillemets-reversed");
    }

    /**
     * @param sentenceStart where the current sentence starts (the previous accepted break)
     * @param candidate the break position: the start of the next sentence, after any whitespace
     */
    boolean isBreak(String text, int sentenceStart, int candidate) {
        if (candidate >= text.length()) {
            return true;
        }
        int end = candidate;
        while (end > sentenceStart && isSpace(text.charAt(end - 1))) {
            char c = text.charAt(--end);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                return true; // a line or paragraph ends here whatever precedes it ("Dr.\n")
            }
        }
        boolean spaced = end < candidate;
        if (Punctuation.isClosingOnly(text.charAt(candidate), guillemetsReversed)) {
            return false;
        }
        int terminatorsEnd = end;
        while (terminatorsEnd > sentenceStart) {
            char c = text.charAt(terminatorsEnd - 1);
            if (isCloser(c) || isSpace(c) && terminatorsEnd < end && isCloser(text.charAt(terminatorsEnd))) {
                terminatorsEnd--; // also the space in "fini. »"
            } else {
                break;
            }
        }
        int terminatorsStart = terminatorsEnd;
        boolean fullStop = false;
        int dots = 0;
        while (terminatorsStart > sentenceStart && isTerminator(text.charAt(terminatorsStart - 1), semicolonIsQuestion)) {
            char c = text.charAt(terminatorsStart - 1);
            fullStop |= !isDot(c);
            dots += c == '…' ? 3 : isDot(c) ? 1 : 0;
            terminatorsStart--;
        }
        if (terminatorsStart == terminatorsEnd) {
            return true; // a paragraph separator, or a list item found by the scanner
        }
        if (fullStop) {
            return fullStopEnds(text, sentenceStart, terminatorsStart, candidate, spaced);
        }
        boolean spacedEllipsis = false;
        while (terminatorsStart - 2 >= sentenceStart && text.charAt(terminatorsStart - 1) == ' '
                && text.charAt(terminatorsStart - 2) == '.') {
            spacedEllipsis = true;
            dots++;
            terminatorsStart -= 2;
        }
        if (terminatorsStart > sentenceStart && text.charAt(terminatorsStart - 1) == '[') {
            return false; // "[...]" marks an omission inside a quotation
        }
        if (dots >= 3) {
            return ellipsisEnds(text, sentenceStart, terminatorsStart, dots, spacedEllipsis);
        }
        if (dots == 2 && !spacedEllipsis) {
            return true; // "23 Nov.. Grazie": the abbreviation's dot, then the sentence's
        }
        if (!spaced) {
            // "1.Helado, 2.Carne": a list number run into its item
            return terminatorsStart == sentenceStart
                    || !(Character.isDigit(text.charAt(terminatorsStart - 1)) && Character.isLetter(text.charAt(candidate)));
        }
        return dotEnds(text, sentenceStart, terminatorsStart, end, candidate);
    }

    private boolean fullStopEnds(String text, int sentenceStart, int terminatorsStart, int candidate, boolean spaced) {
        if (cjkBrackets && insideCjkQuotation(text, sentenceStart, terminatorsStart, candidate)) {
            return false;
        }
        char next = text.charAt(candidate);
        if (cjkBrackets && (next == 'と' || next == 'っ') && Punctuation.cjkCloserFor(text.charAt(candidate - 1)) == 0
                && isCloser(text.charAt(candidate - 1))) {
            return false; // 「行きます。」と言った: the quotation is the object of the verb that follows
        }
        if (!spaced) {
            // "?q=1" in a URL, "Yahoo!Mail": ICU breaks after ? and ! even without a space.
            char terminator = text.charAt(terminatorsStart);
            return !(terminator < 128 && Punctuation.isAsciiWordChar(next));
        }
        int letter = firstLetter(text, candidate);
        return letter < 0 || !Character.isLowerCase(text.charAt(letter));
    }

    private boolean ellipsisEnds(String text, int sentenceStart, int terminatorsStart, int dots, boolean spaced) {
        if (terminatorsStart == sentenceStart || onlyBulletsOrSpace(text, sentenceStart, terminatorsStart)) {
            return false; // ". . . The practice" opens a sentence with an ellipsis
        }
        boolean detached = isSpace(text.charAt(terminatorsStart - 1));
        // "is . . . I didn't": a spaced three-dot ellipsis is an omission; a fourth dot ends the sentence.
        return !(spaced && detached && dots == 3);
    }

    private boolean dotEnds(String text, int sentenceStart, int dot, int end, int candidate) {
        // The word stops at a space, an opening bracket or the apostrophe of "l'Avv.".
        int wordStart = dot;
        while (wordStart > sentenceStart) {
            char c = text.charAt(wordStart - 1);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '°') {
                wordStart--;
            } else {
                break;
            }
        }
        if (wordStart == dot) {
            return true;
        }
        char next = text.charAt(candidate);
        if (next == '¿' || next == '¡') {
            return true; // Spanish opens every question and exclamation with its own mark
        }
        if (isNumber(text, wordStart, dot)) {
            return numberEnds(text, sentenceStart, wordStart, candidate);
        }
        if (dot - wordStart == 1 && Character.isLetter(text.charAt(wordStart))) {
            return text.charAt(wordStart) == 'I' && firstPersonI && !afterCapitalizedWord(text, sentenceStart, wordStart);
        }
        AbbreviationKind kind = dot - wordStart > MAX_ABBREVIATION_LENGTH ? null
                : abbreviations.find(text, wordStart, dot);
        if (kind == null) {
            kind = isAcronym(text, wordStart, dot) ? AbbreviationKind.AMBIGUOUS : null;
        }
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case TITLE -> false;
            case BEFORE_NUMBER -> !Character.isDigit(text.charAt(candidate)) && ambiguousEnds(text, sentenceStart, end, candidate);
            case AMBIGUOUS -> ambiguousEnds(text, sentenceStart, end, candidate);
        };
    }

    private boolean numberEnds(String text, int sentenceStart, int wordStart, int candidate) {
        if (onlyBulletsOrSpace(text, sentenceStart, wordStart)) {
            return false; // "1. The first item": a list number, not a sentence
        }
        if (ordinalDots) {
            String next = nextWord(text, candidate);
            String previous = previousWord(text, sentenceStart, wordStart);
            if (profile.months().contains(next) || profile.ordinalContext().contains(previous.toLowerCase(java.util.Locale.ROOT))) {
                return false; // "am 3. Oktober", "der 2. Weltkrieg"
            }
        }
        return true;
    }

    private boolean ambiguousEnds(String text, int sentenceStart, int end, int candidate) {
        return profile.starters().contains(nextWord(text, candidate))
                && hasWords(text, sentenceStart, end, MIN_WORDS_BEFORE_AMBIGUOUS_END);
    }

    private boolean insideCjkQuotation(String text, int sentenceStart, int terminatorsStart, int candidate) {
        for (int i = terminatorsStart - 1; i >= sentenceStart; i--) {
            char closer = Punctuation.cjkCloserFor(text.charAt(i));
            if (closer != 0) {
                int closed = text.indexOf(closer, i + 1);
                if (closed < 0 || closed >= candidate) {
                    return closed >= 0;
                }
            }
        }
        return false;
    }

    private static boolean afterCapitalizedWord(String text, int sentenceStart, int wordStart) {
        String previous = previousWord(text, sentenceStart, wordStart);
        return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0));
    }

    private static boolean onlyBulletsOrSpace(String text, int from, int to) {
        // Backwards: the character just before the number or ellipsis nearly always settles it.
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (!isSpace(c) && !Punctuation.isBullet(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    /** "U.S.A", "a.m", "LL.AA.II.RR": letters in runs of one or two, joined by dots. */
    private static boolean isAcronym(String text, int from, int to) {
        int run = 0;
        boolean dotted = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (run == 0) {
                    return false;
                }
                dotted = true;
                run = 0;
            } else if (Character.isLetter(c) && run < 2) {
                run++;
            } else {
                return false;
            }
        }
        return dotted;
    }

    private static int firstLetter(String text, int from) {
        for (int i = from; i < text.length() && i < from + 8; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return i;
            }
            if (!isOpener(c) && !isSpace(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static String nextWord(String text, int from) {
        int start = from;
        while (start < text.length() && isOpener(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static String previousWord(String text, int sentenceStart, int before) {
        int end = before;
        while (end > sentenceStart && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > sentenceStart && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** Whether {@code text[from, to)} holds at least {@code wanted} words; counts backwards and stops there. */
    private static boolean hasWords(String text, int from, int to, int wanted) {
        int words = 0;
        boolean inWord = false;
        for (int i = to - 1; i >= from; i--) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord && ++words >= wanted) {
                return true;
            }
            inWord = !space;
        }
        return false;
    }
}
