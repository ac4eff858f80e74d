package dev.tandem.normalize;

import com.ibm.icu.text.Normalizer2;
import dev.tandem.model.CodedText;
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
    // A wrapped line between two ideographs or kana: CJK text has no space between words. Markers of
    // inline codes (U+FDD0) next to the break stay.
    private static final Pattern CJK_LINE_BREAK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}、。，．！？」』）])(\\uFDD0*)[ \\t]*\\R[ \\t]*(?=\\uFDD0*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}「『（])");
    private static final Pattern WHITESPACE = Pattern.compile("[\\t\\n\\x0B\\f\\r \\u0085\\u2028\\u2029]+");

    /**
     * The same for text with inline codes: each code rides through as a marker, so it keeps its
     * place however the text around it changes.
     */
    public CodedText normalize(CodedText text) {
        if (!text.hasCodes()) {
            return CodedText.plain(normalize(text.text()));
        }
        return CodedText.fromMarked(normalize(text.marked()), text.codes());
    }

    public String normalize(String text) {
        String result = NFC.normalize(text);
        result = INVISIBLE.matcher(result).replaceAll("");
        result = CJK_LINE_BREAK.matcher(result).replaceAll("$1");
        result = WHITESPACE.matcher(result).replaceAll(" ");
        return result.strip();
    }
}
