package dev.tandem.qa;

import dev.tandem.model.TextSpan;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words of a target that a spelling dictionary does not know for a good reason, so an unknown
 * word there is not a misspelling: links, addresses and code, the glossary's translations for
 * the unit, tokens with digits, and names (a capitalised word inside the sentence).
 */
final class SpellingExemptions {

    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** What may stand between a sentence's start and its first word: quotes, brackets, dashes, list numbers. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("[\\s\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pd}\"'«»„“”‘’*•·\\d.)]*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;]\\s*[\\p{Pi}\\p{Ps}\"«„“‘]*$", Pattern.DOTALL);

    private SpellingExemptions() {
    }

    /** The spans of the target that are not words of the language: links, addresses, code. */
    static List<TextSpan> spans(CheckedUnit unit) {
        return KeptTokenCheck.tokenSpans(unit.target());
    }

    /** True when the unknown word at {@code span} is a token, a name or a term rather than a misspelling. */
    static boolean exempt(String target, TextSpan span, List<TextSpan> tokens, List<String> glossaryTranslations) {
        String word = span.of(target);
        if (DIGIT.matcher(word).find() || tokens.stream().anyMatch(token -> token.start() < span.end() && span.start() < token.end())) {
            return true;
        }
        if (glossaryTranslations.stream().anyMatch(translation -> LanguageToolCheck.containsWord(translation, word))) {
            return true;
        }
        return Character.isUpperCase(word.codePointAt(0)) && insideSentence(target.substring(0, span.start()));
    }

    private static boolean insideSentence(String before) {
        return !SENTENCE_OPENING.matcher(before).matches() && !SENTENCE_END.matcher(before).matches();
    }
}
