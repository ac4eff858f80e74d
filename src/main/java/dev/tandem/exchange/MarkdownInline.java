package dev.tandem.exchange;

import dev.tandem.model.InlineCode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One block's inline content as CommonMark: {@code [text](url)}, {@code **bold**}, {@code *italic*},
 * {@code `code`}, a hard line break as a backslash at the end of the line, and underline, sub- and
 * superscript as the inline HTML CommonMark allows ({@code <u>}, {@code <sub>}, {@code <sup>}), since
 * it has no syntax of its own for them. The text itself is escaped, so a {@code *} or {@code [} a
 * translator typed stays a character.
 */
final class MarkdownInline {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    /** {@code &amp;} or {@code &#38;} in a text would be read back as the character it names. */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#>+\\-=]|\\d+[.)])");
    private static final Pattern LINE_END = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    /** Written at the start of each line after a hard break (a list item's indent, a quote's marker); null: no breaks. */
    private final String continuation;
    private final boolean oneLine;
    /** Just after a line break: the next line's leading spaces are dropped (CommonMark would drop them too). */
    private boolean lineStart;

    /**
     * {@code continuation}: what starts the lines after a line break (null for a heading, which is
     * one line: its breaks become spaces); {@code oneLine}: new lines in the text itself become spaces.
     */
    MarkdownInline(String continuation, boolean oneLine) {
        this.continuation = continuation;
        this.oneLine = oneLine;
    }

    String render(List<InlineTree.Node> nodes) {
        StringBuilder out = new StringBuilder();
        append(out, nodes, false);
        String escaped = LINE_START.matcher(out).replaceAll("$1\\\\$2");
        return continuation == null || continuation.isEmpty() ? escaped : escaped.replace("\n", "\n" + continuation);
    }

    private void append(StringBuilder out, List<InlineTree.Node> nodes, boolean inLink) {
        for (InlineTree.Node node : nodes) {
            if (node instanceof InlineTree.Text text) {
                String plain = oneLine ? LINE_END.matcher(text.text()).replaceAll(" ") : text.text();
                plain = lineStart ? plain.stripLeading() : plain;
                lineStart = lineStart && plain.isEmpty();
                out.append(ENTITY.matcher(SPECIAL.matcher(plain).replaceAll("\\\\$1")).replaceAll("\\\\&"));
            } else if (node instanceof InlineTree.LineBreak) {
                out.append(continuation == null ? " " : "\\\n");
                lineStart = continuation != null;
            } else if (node instanceof InlineTree.Span span) {
                appendSpan(out, span, inLink);
            }
        }
    }

    private void appendSpan(StringBuilder out, InlineTree.Span span, boolean inLink) {
        switch (span.type()) {
            case InlineCode.BOLD -> out.append(delimited("**", inner(span, inLink)));
            case InlineCode.ITALIC -> out.append(delimited("*", inner(span, inLink)));
            case InlineCode.UNDERLINE -> out.append(delimited("<u>", "</u>", inner(span, inLink)));
            case InlineCode.SUBSCRIPT -> out.append(delimited("<sub>", "</sub>", inner(span, inLink)));
            case InlineCode.SUPERSCRIPT -> out.append(delimited("<sup>", "</sup>", inner(span, inLink)));
            case InlineCode.CODE -> out.append(codeSpan(plainText(span.children())));
            case InlineCode.LINK -> {
                if (span.link() == null || inLink) {
                    append(out, span.children(), inLink);
                } else {
                    String text = inner(span, true);
                    out.append('[').append(text).append("](").append(span.link().replace("(", "\\(").replace(")", "\\)")).append(')');
                }
            }
            default -> append(out, span.children(), inLink);
        }
    }

    private String inner(InlineTree.Span span, boolean inLink) {
        StringBuilder inner = new StringBuilder();
        append(inner, span.children(), inLink);
        return inner.toString();
    }

    /**
     * {@code text} between {@code delimiter}s, the white space at its ends moved outside: CommonMark
     * does not take {@code ** bold **} for emphasis.
     */
    static String delimited(String delimiter, String text) {
        return delimited(delimiter, delimiter, text);
    }

    private static String delimited(String open, String close, String text) {
        String core = text.strip();
        if (core.isEmpty()) {
            return text;
        }
        int start = text.indexOf(core);
        return text.substring(0, start) + open + core + close + text.substring(start + core.length());
    }

    /** A code span: its text is literal, fenced by more backticks than it holds in a row. */
    private static String codeSpan(String code) {
        String text = LINE_END.matcher(code).replaceAll(" ");
        if (text.isBlank()) {
            return text;
        }
        int longest = 0;
        Matcher run = BACKTICKS.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" "));
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }

    private static String plainText(List<InlineTree.Node> nodes) {
        StringBuilder text = new StringBuilder();
        for (InlineTree.Node node : nodes) {
            if (node instanceof InlineTree.Text piece) {
                text.append(piece.text());
            } else if (node instanceof InlineTree.LineBreak) {
                text.append(' ');
            } else if (node instanceof InlineTree.Span span) {
                text.append(plainText(span.children()));
            }
        }
        return text.toString();
    }
}
