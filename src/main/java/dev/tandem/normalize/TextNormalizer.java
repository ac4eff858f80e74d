package dev.tandem.normalize;

import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;

/**
 * Normalizes the text of one block: NFC; soft hyphens and invisible zero-width characters removed;
 * line breaks of wrapped lines joined; runs of whitespace folded to one space; trimmed.
 *
 * <p>Kept on purpose: no-break spaces (French typography puts them before {@code : ; ! ?}),
 * ZWJ and ZWNJ (they change how Persian, Indic scripts and emoji render), and the ideographic
 * space.
 */
public final class TextNormalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    // U+00AD soft hyphen, U+200B zero-width space, U+2060 word joiner, U+FEFF BOM / ZWNBSP.
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");
    // A wrapped line between two ideographs or kana: CJK text has no space between words.
    private static final Pattern CJK_LINE_BREAK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}、。，．！？」』）])[ \\t]*\\R[ \\t]*(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}「『（])");
    private static final Pattern WHITESPACE = Pattern.compile("[\\t\\n\\x0B\\f\\r \\u0085\\u2028\\u2029]+");

    public String normalize(String text) {
        String result = NFC.normalize(text);
        result = INVISIBLE.matcher(result).replaceAll("");
        result = CJK_LINE_BREAK.matcher(result).replaceAll("");
        result = WHITESPACE.matcher(result).replaceAll(" ");
        return result.strip();
    }
}
