package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline codes in a spreadsheet cell as numbered placeholders, the way Weblate and Crowdin show tags
 * to translators: {@code {1}…{/1}} for a pair, {@code {2/}} for a standalone code (a line break), the
 * numbers those of the unit's source codes in order. A literal text that looks like a placeholder
 * ({@code {1}}, {@code {/1}}, {@code {1/}}) is written with a backslash before it ({@code \{1}}), and
 * backslashes right before a placeholder or such a literal are doubled, so reading a cell gives back
 * exactly the text and codes that were written, and every other brace or backslash stays as typed.
 */
final class CellPlaceholders {

    /** A placeholder, or a literal that looks like one, with the backslashes right before it. */
    private static final Pattern TOKEN = Pattern.compile("(\\\\*)\\{(\\d+|/\\d+|\\d+/)}");

    private CellPlaceholders() {
    }

    /** Placeholder numbers of a unit's codes: 1, 2, 3… in the order the source's codes first appear. */
    static Map<String, String> numbering(CodedText source) {
        Map<String, String> numbers = new HashMap<>();
        source.codes().forEach(code -> numbers.computeIfAbsent(code.id(), id -> String.valueOf(numbers.size() + 1)));
        return numbers;
    }

    /** The cell for {@code text}: its codes as placeholders numbered by {@code numbers}, literals escaped. */
    static String write(CodedText text, Map<String, String> numbers) {
        StringBuilder cell = new StringBuilder(text.text().length() + 8 * text.codes().size());
        Map<String, String> extra = new HashMap<>();
        int from = 0;
        for (InlineCode code : text.codes()) {
            literal(cell, text.text().substring(from, code.at()), true);
            from = code.at();
            String number = numbers.get(code.id());
            if (number == null) {
                number = extra.computeIfAbsent(code.id(), id -> String.valueOf(numbers.size() + extra.size() + 1));
            }
            cell.append(switch (code.kind()) {
                case OPEN -> "{" + number + "}";
                case CLOSE -> "{/" + number + "}";
                case PLACEHOLDER -> "{" + number + "/}";
            });
        }
        literal(cell, text.text().substring(from), false);
        return cell.toString();
    }

    /** The cell as written for a text whose codes are numbered by their own ids (as {@link #read} gives them). */
    static String written(CodedText text) {
        Map<String, String> own = new HashMap<>();
        text.codes().forEach(code -> own.put(code.id(), code.id()));
        return write(text, own);
    }

    /** The text of a cell and its placeholders as codes, each with its number as id (type and data unknown). */
    static CodedText read(String cell) {
        StringBuilder text = new StringBuilder(cell.length());
        List<InlineCode> codes = new ArrayList<>();
        Matcher token = TOKEN.matcher(cell);
        int from = 0;
        while (token.find()) {
            text.append(cell, from, token.start());
            int backslashes = token.group(1).length();
            text.append("\\".repeat(backslashes / 2));
            String body = token.group(2);
            if (backslashes % 2 == 1) {
                text.append('{').append(body).append('}');
            } else if (body.startsWith("/")) {
                codes.add(new InlineCode(body.substring(1), Kind.CLOSE, text.length(), null, ""));
            } else if (body.endsWith("/")) {
                codes.add(new InlineCode(body.substring(0, body.length() - 1), Kind.PLACEHOLDER, text.length(), null, ""));
            } else {
                codes.add(new InlineCode(body, Kind.OPEN, text.length(), null, ""));
            }
            from = token.end();
        }
        text.append(cell, from, cell.length());
        return new CodedText(text.toString(), codes);
    }

    private static void literal(StringBuilder cell, String literal, boolean beforePlaceholder) {
        Matcher token = TOKEN.matcher(literal);
        int from = 0;
        while (token.find()) {
            String backslashes = token.group(1);
            cell.append(literal, from, token.start()).append(backslashes).append(backslashes).append('\\')
                    .append(literal, token.end(1), token.end());
            from = token.end();
        }
        cell.append(literal, from, literal.length());
        if (beforePlaceholder) {
            int trailing = 0;
            while (trailing < literal.length() - from && literal.charAt(literal.length() - 1 - trailing) == '\\') {
                trailing++;
            }
            cell.append("\\".repeat(trailing));
        }
    }
}
