package dev.tandem.exchange;

import dev.tandem.model.InlineCode;
import java.util.Locale;
import java.util.Map;

/**
 * Our code types and the names exchange formats give them: XLIFF 2's {@code type}/{@code subType}
 * ({@code fmt} with {@code xlf:b}, {@code xlf:i}, {@code xlf:u}, {@code xlf:lb}; {@code link}),
 * XLIFF 1.2's {@code ctype} and TMX's {@code type} ({@code bold}, {@code italic}, {@code ulined},
 * {@code link}, {@code lb}, and {@code x-} names for the rest).
 */
final class ExchangeCodeTypes {

    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("xlf:b", InlineCode.BOLD), Map.entry("bold", InlineCode.BOLD), Map.entry("x-bold", InlineCode.BOLD),
            Map.entry("xlf:i", InlineCode.ITALIC), Map.entry("italic", InlineCode.ITALIC), Map.entry("x-italic", InlineCode.ITALIC),
            Map.entry("xlf:u", InlineCode.UNDERLINE), Map.entry("ulined", InlineCode.UNDERLINE),
            Map.entry("underlined", InlineCode.UNDERLINE), Map.entry("x-underline", InlineCode.UNDERLINE),
            Map.entry("xlf:lb", InlineCode.LINE_BREAK), Map.entry("lb", InlineCode.LINE_BREAK),
            Map.entry("x-linebreak", InlineCode.LINE_BREAK), Map.entry("link", InlineCode.LINK),
            Map.entry("x-link", InlineCode.LINK), Map.entry("x-subscript", InlineCode.SUBSCRIPT),
            Map.entry("x-superscript", InlineCode.SUPERSCRIPT), Map.entry("x-code", InlineCode.CODE));

    private ExchangeCodeTypes() {
    }

    static String fromExchange(String name) {
        return name == null ? InlineCode.OTHER : READ.getOrDefault(name.toLowerCase(Locale.ROOT), InlineCode.OTHER);
    }

    /** XLIFF 2 {@code subType} for a type that has one in the {@code xlf:} namespace, else null. */
    static String xliff2SubType(String type) {
        return switch (type) {
            case InlineCode.BOLD -> "xlf:b";
            case InlineCode.ITALIC -> "xlf:i";
            case InlineCode.UNDERLINE -> "xlf:u";
            case InlineCode.LINE_BREAK -> "xlf:lb";
            default -> null;
        };
    }

    /** XLIFF 2 {@code type}: {@code fmt} for formatting, {@code link} for links, {@code other} else. */
    static String xliff2Type(String type) {
        return switch (type) {
            case InlineCode.LINK -> "link";
            case InlineCode.OTHER, InlineCode.CODE -> "other";
            default -> "fmt";
        };
    }

    /** XLIFF 1.2 {@code ctype} / TMX {@code type}. */
    static String xliff12Type(String type) {
        return switch (type) {
            case InlineCode.BOLD -> "bold";
            case InlineCode.ITALIC -> "italic";
            case InlineCode.UNDERLINE -> "underlined";
            case InlineCode.LINE_BREAK -> "lb";
            case InlineCode.LINK -> "link";
            default -> "x-" + type;
        };
    }
}
