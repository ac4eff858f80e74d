package dev.tandem.extract;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Turns the inline elements of a block (links, bold, italic, underline, sub- and superscript, inline
 * code, line breaks) into inline codes while its text is collected: each code leaves a
 * {@link CodedText#MARKER} in the text and is listed here in the same order. A pair still open when
 * a block ends is closed there and opened again in the next block, so every block's codes pair up.
 */
final class InlineMarkup {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("a", InlineCode.LINK), Map.entry("b", InlineCode.BOLD), Map.entry("strong", InlineCode.BOLD),
            Map.entry("i", InlineCode.ITALIC), Map.entry("em", InlineCode.ITALIC), Map.entry("cite", InlineCode.ITALIC),
            Map.entry("u", InlineCode.UNDERLINE), Map.entry("ins", InlineCode.UNDERLINE),
            Map.entry("sub", InlineCode.SUBSCRIPT), Map.entry("sup", InlineCode.SUPERSCRIPT),
            Map.entry("code", InlineCode.CODE), Map.entry("kbd", InlineCode.CODE), Map.entry("samp", InlineCode.CODE));

    /** A pair opened and not yet closed: the element, and how it opened. */
    private record Open(String tag, String type, String data, String id) {
    }

    private final List<InlineCode> codes = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private int counter;

    /** True for an element this class keeps as a paired code. */
    static boolean isInline(String tag) {
        return TYPES.containsKey(tag);
    }

    /**
     * Opens a code for {@code tag} if it is one we keep. A link keeps its URL; a link without one
     * (an anchor) is not a code.
     */
    void open(String tag, String href, StringBuilder text) {
        String type = TYPES.get(tag);
        if (type == null || (type.equals(InlineCode.LINK) && (href == null || href.isBlank()))) {
            return;
        }
        String data = type.equals(InlineCode.LINK) ? "<a href=\"" + escape(href.strip()) + "\">" : "<" + tag + ">";
        Open code = new Open(tag, type, data, String.valueOf(++counter));
        open.push(code);
        add(new InlineCode(code.id(), Kind.OPEN, 0, type, data), text);
    }

    /** Closes the innermost open code of {@code tag}, and any opened inside it and left open. */
    void close(String tag, StringBuilder text) {
        if (open.stream().noneMatch(code -> code.tag().equals(tag))) {
            return;
        }
        while (!open.isEmpty()) {
            Open code = open.pop();
            add(new InlineCode(code.id(), Kind.CLOSE, 0, code.type(), "</" + code.tag() + ">"), text);
            if (code.tag().equals(tag)) {
                return;
            }
        }
    }

    void lineBreak(StringBuilder text) {
        add(new InlineCode(String.valueOf(++counter), Kind.PLACEHOLDER, 0, InlineCode.LINE_BREAK, "<br/>"), text);
        text.append('\n');
    }

    /**
     * The block's text and codes, its ends trimmed; pairs still open are closed at its end, and the
     * next block starts with them open again.
     */
    CodedText endBlock(StringBuilder text) {
        List<Open> stillOpen = new ArrayList<>(open);
        for (Open code : stillOpen) {
            add(new InlineCode(code.id(), Kind.CLOSE, 0, code.type(), "</" + code.tag() + ">"), text);
        }
        CodedText block = CodedText.fromMarkedTrimmed(text.toString(), codes);
        codes.clear();
        open.clear();
        text.setLength(0);
        counter = 0;
        for (int k = stillOpen.size() - 1; k >= 0; k--) {
            Open code = stillOpen.get(k);
            Open again = new Open(code.tag(), code.type(), code.data(), String.valueOf(++counter));
            open.push(again);
            add(new InlineCode(again.id(), Kind.OPEN, 0, again.type(), again.data()), text);
        }
        return block;
    }

    private void add(InlineCode code, StringBuilder text) {
        codes.add(code);
        text.append(CodedText.MARKER);
    }

    /** The URL as an HTML attribute value, so the code's data is the markup it stands for. */
    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
