package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.Severity;
import dev.tandem.model.TextSpan;
import java.util.List;

/**
 * The target must end like the source: a question with a question mark (ASCII {@code ?},
 * full-width {@code ？}, Arabic {@code ؟}, Greek {@code ;}), a statement with a full stop
 * ({@code .}, {@code 。}, {@code ।}, …), an exclamation with an exclamation mark. Closing quotes and
 * brackets after the mark do not count. A Spanish question or exclamation also opens with
 * {@code ¿} / {@code ¡}.
 */
final class EndPunctuationCheck implements UnitCheck {

    enum Ending { STOP, QUESTION, EXCLAMATION, COLON, SEMICOLON, ELLIPSIS, COMMA, NONE }

    private static final String CLOSERS = "\"'»«”“’‘)]}）」』】›〉》\u00A0\u202F ";

    @Override
    public String name() {
        return "end-punctuation";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated() || unit.source().isBlank()) {
            return List.of();
        }
        String targetLanguage = unit.targetLanguage().language();
        int sourceAt = lastMark(unit.source());
        int targetAt = lastMark(unit.target());
        Ending source = ending(unit.source(), sourceAt, unit.sourceLanguage().language());
        Ending target = ending(unit.target(), targetAt, targetLanguage);
        List<TextSpan> sourceSpan = span(unit.source(), sourceAt);
        List<TextSpan> targetSpan = span(unit.target(), targetAt);
        if (source != target && !(source == Ending.ELLIPSIS && target == Ending.STOP)) {
            Severity severity = source == Ending.QUESTION || target == Ending.QUESTION ? Severity.ERROR : Severity.WARNING;
            return List.of(new Finding("end-punctuation", severity, "The source ends with " + describe(source)
                    + " but the translation ends with " + describe(target) + ".", sourceSpan, targetSpan));
        }
        if (targetLanguage.equals("es") && (target == Ending.QUESTION || target == Ending.EXCLAMATION)) {
            char opening = target == Ending.QUESTION ? '¿' : '¡';
            if (unit.target().indexOf(opening) < 0) {
                return List.of(Finding.warning("end-punctuation", "A Spanish " + (target == Ending.QUESTION ? "question" : "exclamation")
                        + " also opens with " + opening + ".", sourceSpan, targetSpan));
            }
        }
        return List.of();
    }

    /** Where the final mark is, after stepping back over closing quotes, brackets and spaces; -1 for an empty text. */
    static int lastMark(String text) {
        int at = text.length() - 1;
        while (at >= 0 && CLOSERS.indexOf(text.charAt(at)) >= 0) {
            at--;
        }
        return at;
    }

    static Ending ending(String text, int at, String language) {
        if (at < 0) {
            return Ending.NONE;
        }
        char last = text.charAt(at);
        if (text.startsWith("...", Math.max(at - 2, 0)) && at >= 2 || last == '…') {
            return Ending.ELLIPSIS;
        }
        return switch (last) {
            case '.', '。', '．', '।', '۔', '።', '܂' -> Ending.STOP;
            case '?', '？', '؟', ';' -> last == ';' && !language.equals("el") ? Ending.SEMICOLON : Ending.QUESTION;
            case '\u037E' -> Ending.QUESTION;
            case '!', '！' -> Ending.EXCLAMATION;
            case ':', '：' -> Ending.COLON;
            case '；' -> Ending.SEMICOLON;
            case ',', '，', '、', '،' -> Ending.COMMA;
            default -> Ending.NONE;
        };
    }

    private static List<TextSpan> span(String text, int at) {
        return at < 0 ? List.of() : List.of(new TextSpan(at, at + 1));
    }

    private static String describe(Ending ending) {
        return switch (ending) {
            case STOP -> "a full stop";
            case QUESTION -> "a question mark";
            case EXCLAMATION -> "an exclamation mark";
            case COLON -> "a colon";
            case SEMICOLON -> "a semicolon";
            case ELLIPSIS -> "an ellipsis";
            case COMMA -> "a comma";
            case NONE -> "no punctuation";
        };
    }
}
