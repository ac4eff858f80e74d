package dev.tandem.coverage;

import com.ibm.icu.lang.UScript;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Measure;
import java.util.Set;

/**
 * Chooses the measure a document is counted by. GMX-V counts Chinese, Japanese, Thai (and the
 * other scripts written without spaces between words) by characters, because word boundaries there
 * are a dictionary's guess that tools disagree on. The source language decides; when it is not one
 * of those, the text still counts by characters if most of its letters are in such a script (a
 * mislabelled import).
 */
public final class MeasureChoice {

    private static final Set<Integer> SCRIPTS_WITHOUT_SPACES = Set.of(
            UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.THAI, UScript.LAO, UScript.KHMER,
            UScript.MYANMAR, UScript.TIBETAN);

    private MeasureChoice() {
    }

    public static Measure forSource(String languageTag, Iterable<String> texts) {
        if (new LanguageTag(languageTag).writtenWithoutWordSpaces()) {
            return Measure.CHARACTERS;
        }
        long letters = 0;
        long withoutSpaces = 0;
        for (String text : texts) {
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                if (Character.isLetter(codePoint)) {
                    letters++;
                    if (SCRIPTS_WITHOUT_SPACES.contains(UScript.getScript(codePoint))) {
                        withoutSpaces++;
                    }
                }
            }
        }
        return withoutSpaces * 2 > letters ? Measure.CHARACTERS : Measure.WORDS;
    }
}
