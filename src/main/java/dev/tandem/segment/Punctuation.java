package dev.tandem.segment;

/** Character classes the break rules test, kept as plain switches so each test is a few cycles. */
final class Punctuation {

    private Punctuation() {
    }

    /** Ends a sentence outright: question and exclamation marks in every script. */
    static boolean isFullStop(char c) {
        if (c < 0x80) {
            return c == '?' || c == '!';
        }
        return switch (c) {
            case '?', '!', '‽', '？', '！', '。', '｡', '؟', '।', '॥', '։', '።', '፧' -> true;
            default -> false;
        };
    }

    /** A dot that may end a sentence or an abbreviation. */
    static boolean isDot(char c) {
        return c == '.' || c == '．' || c == '…';
    }

    static boolean isTerminator(char c, boolean semicolonIsQuestion) {
        return isDot(c) || isFullStop(c) || (semicolonIsQuestion && c == ';');
    }

    /** Quotes and brackets that may close a sentence after its terminator. */
    static boolean isCloser(char c) {
        if (c < 0x80) {
            return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
        }
        return switch (c) {
            case '"', '\'', ')', ']', '}', '»', '«', '’', '”', '“', '›', '‹', '」', '』', '）', '】', '》', '〉',
                 '〕', '］', '｝', '〗', '〙', '〛', '＂', '＇' -> true;
            default -> false;
        };
    }

    /** Quotes and brackets that may open a sentence before its first word. */
    static boolean isOpener(char c) {
        return switch (c) {
            case '"', '\'', '(', '[', '{', '«', '»', '‘', '“', '„', '‹', '¿', '¡', '「', '『', '（', '【', '《', '〈',
                 '〔', '［', '｛' -> true;
            default -> false;
        };
    }

    /** List bullets written before an item number. */
    static boolean isBullet(char c) {
        return switch (c) {
            case '•', '⁃', '‣', '◦', '▪', '·', '–', '—', '-', '*', '○', '●', '■', '□' -> true;
            default -> false;
        };
    }

    /** CJK opening brackets: a terminator inside 「…」 or 《…》 belongs to the quotation. */
    static char cjkCloserFor(char c) {
        return switch (c) {
            case '「' -> '」';
            case '『' -> '』';
            case '（' -> '）';
            case '【' -> '】';
            case '《' -> '》';
            case '〈' -> '〉';
            case '〔' -> '〕';
            default -> 0;
        };
    }

    static boolean isSpace(char c) {
        if (c > ' ') {
            return c >= 0x85 && (c == 0x85 || c == 0xA0 || c == 0x3000 || c >= 0x2000 && c <= 0x200A
                    || c == 0x2028 || c == 0x2029 || c == 0x202F);
        }
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '='
                || c == '&' || c == '#' || c == '%' || c == '_' || c == '~';
    }

    /**
     * Closes a quotation or parenthesis and never opens one: when a candidate break falls just
     * before it ("C’est fini. »"), it still belongs to the sentence before.
     */
    static boolean isClosingOnly(char c, boolean guillemetsReversed) {
        if (c < 0x80) {
            return c == ')' || c == ']' || c == '}';
        }
        return switch (c) {
            case ')', ']', '}', '」', '』', '）', '】', '》', '〉', '”' -> true;
            case '»' -> !guillemetsReversed;
            case '«' -> guillemetsReversed;
            default -> false;
        };
    }
}
