package dev.tandem.segment;

import static dev.tandem.segment.Punctuation.isSpace;

/**
 * Finds the candidate breaks ICU's sentence rules never offer, for {@link BreakDecider} to judge
 * like the others: a dot before a number ("kwamen. 81 procent"), a dot before an ellipsis that
 * opens the next sentence ("raak. ...en toen"), Greek ";" as a question mark, Greek sentences
 * that start in lower case, and numbered or lettered list items run into one line.
 */
final class ExtraBreakScanner {

    private final boolean greek;
    private final boolean lowerCaseMayStartSentence;
    private final boolean guillemetsReversed;
    private final boolean cjk;

    ExtraBreakScanner(LanguageProfile profile) {
        this.greek = profile.has("semicolon-question");
        this.lowerCaseMayStartSentence = profile.has("break-before-lowercase");
        this.guillemetsReversed = profile.has("guillemets-reversed");
        this.cjk = profile.has("cjk-brackets");
    }

    /**
     * Adds one of ICU's breaks, corrected where ICU's Close class misleads it: an opening CJK
     * bracket after "。" opens the next sentence ("言った。「行きます。」"), and a closing guillemet
     * after a space ends the sentence before it ("C’est fini. » Elle"), so the break moves past it.
     */
    void addIcuBreak(String text, int at, IntList candidates) {
        int moved = at;
        while (cjk && moved > 1 && moved < text.length() && Punctuation.cjkCloserFor(text.charAt(moved - 1)) != 0
                && Punctuation.isFullStop(text.charAt(moved - 2))) {
            moved--;
        }
        candidates.add(moved);
        if (moved < text.length() && Punctuation.isClosingOnly(text.charAt(moved), guillemetsReversed)) {
            int after = moved;
            while (after < text.length() && (Punctuation.isCloser(text.charAt(after)) || isSpace(text.charAt(after)))) {
                after++;
            }
            candidates.add(after);
        }
    }

    void scan(String text, IntList candidates) {
        // Only a dot followed by a space can start one of these breaks; String.indexOf finds ". "
        // far faster than a loop over every character.
        for (int dot = text.indexOf(". "); dot >= 0; dot = text.indexOf(". ", dot + 2)) {
            afterDot(text, dot, candidates);
        }
        if (greek) {
            for (int mark = text.indexOf(';'); mark >= 0; mark = text.indexOf(';', mark + 1)) {
                int next = skipSpaces(text, mark + 1);
                if (next > mark + 1 && next < text.length()) {
                    candidates.add(next);
                }
            }
        }
        ListItemScanner.scan(text, candidates);
    }

    private void afterDot(String text, int dot, IntList candidates) {
        int next = skipSpaces(text, dot + 1);
        if (next == dot + 1 || next >= text.length()) {
            return;
        }
        char c = text.charAt(next);
        if (Character.isDigit(c)) {
            candidates.add(next);
        } else if ((c == '.' || c == '…') && dot > 0 && Character.isLetterOrDigit(text.charAt(dot - 1))
                && ellipsisOpensSentence(text, next)) {
            candidates.add(next);
        } else if (lowerCaseMayStartSentence && Character.isLowerCase(c)) {
            candidates.add(next);
        }
    }

    /** After the dots and spaces of the ellipsis comes a word, not the end of the paragraph or a quote. */
    private static boolean ellipsisOpensSentence(String text, int ellipsis) {
        int i = ellipsis;
        while (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '…' || text.charAt(i) == ' ')) {
            i++;
        }
        return i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
