package dev.tandem.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into sentences with ICU's sentence {@link BreakIterator} for the language, with ICU's
 * standard abbreviation suppressions ({@code @ss=standard}: "Mr.", "Sept.", "e.g." do not end a
 * sentence). Spans are trimmed of surrounding whitespace and point into the given text.
 */
public final class SentenceSegmenter {

    public List<TextSpan> segment(String text, String languageTag) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(suppressing(languageTag));
        breaks.setText(text);
        List<TextSpan> spans = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            addTrimmed(text, start, end, spans);
        }
        return spans;
    }

    private static ULocale suppressing(String languageTag) {
        ULocale locale = ULocale.forLanguageTag(languageTag == null ? "und" : languageTag.toLowerCase(Locale.ROOT));
        return locale.setKeywordValue("ss", "standard");
    }

    private static void addTrimmed(String text, int start, int end, List<TextSpan> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new TextSpan(start, end));
        }
    }
}
