package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the content of a {@code source}, {@code target} or {@code seg} with its inline codes: XLIFF 2
 * ({@code pc}, {@code sc}/{@code ec}, {@code ph}, their data from {@code originalData}), XLIFF 1.2
 * ({@code g}, {@code x}, {@code bx}/{@code ex}, {@code ph}, {@code bpt}/{@code ept}, {@code it}, with
 * their native data) and TMX ({@code bpt}/{@code ept}, {@code ph}, {@code it}, {@code ut}). The text of
 * a code's native data is not text of the sentence; annotations ({@code mrk}, {@code hi}) keep their
 * text and add no code. Whitespace is kept as written under {@code xml:space="preserve"} and folded
 * otherwise, as XML asks.
 */
final class InlineCodeReader {

    /** The file format whose inline elements are read. */
    enum Dialect { XLIFF2, XLIFF12, TMX }

    private final Dialect dialect;
    private final Map<String, String> originalData;

    /** @param originalData XLIFF 2 {@code data} elements of the unit by id (empty for other formats) */
    InlineCodeReader(Dialect dialect, Map<String, String> originalData) {
        this.dialect = dialect;
        this.originalData = originalData;
    }

    /** @param preserveByDefault whether an enclosing element said {@code xml:space="preserve"} */
    CodedText read(XmlElement element, boolean preserveByDefault) {
        StringBuilder marked = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        walk(element, marked, codes);
        String text = marked.toString();
        if (preserves(element, preserveByDefault)) {
            return CodedText.fromMarkedExactly(text, codes);
        }
        return CodedText.fromMarked(text.replaceAll("[ \\t\\r\\n]+", " "), codes);
    }

    /** The codes of one inline element standing between segments, its text left out. */
    List<InlineCode> codesOf(XmlElement inline) {
        List<InlineCode> codes = new ArrayList<>();
        inline(inline, new StringBuilder(), codes);
        return codes;
    }

    /**
     * The two halves of the pair an XLIFF 1.2 {@code g} around segments stands for (it may enclose
     * them, as Trados writes a paragraph's formatting); nothing for an annotation such as {@code mrk}.
     */
    List<InlineCode> pairAround(XmlElement element) {
        if (dialect != Dialect.XLIFF12 || !element.name().equals("g")) {
            return List.of();
        }
        List<InlineCode> codes = new ArrayList<>();
        StringBuilder ignored = new StringBuilder();
        add(codes, ignored, element.attribute("id"), Kind.OPEN, element.attribute("ctype"), "", element);
        add(codes, ignored, element.attribute("id"), Kind.CLOSE, element.attribute("ctype"), "", element);
        return codes;
    }

    static boolean preserves(XmlElement element, boolean inherited) {
        String space = element.attribute("xml:space");
        return space == null ? inherited : space.equals("preserve");
    }

    private void walk(XmlElement element, StringBuilder marked, List<InlineCode> codes) {
        for (Object part : element.content()) {
            if (part instanceof String text) {
                marked.append(CodedText.withoutMarkers(text));
            } else if (part instanceof XmlElement child) {
                inline(child, marked, codes);
            }
        }
    }

    private void inline(XmlElement code, StringBuilder marked, List<InlineCode> codes) {
        String name = code.name();
        switch (dialect) {
            case XLIFF2 -> {
                switch (name) {
                    case "pc" -> {
                        add(codes, marked, code.attribute("id"), Kind.OPEN, type(code), data(code.attribute("dataRefStart")), code);
                        walk(code, marked, codes);
                        add(codes, marked, code.attribute("id"), Kind.CLOSE, type(code), data(code.attribute("dataRefEnd")), code);
                    }
                    case "sc" -> add(codes, marked, code.attribute("id"), Kind.OPEN, type(code), data(code.attribute("dataRef")), code);
                    case "ec" -> add(codes, marked, first(code.attribute("startRef"), code.attribute("id")), Kind.CLOSE, type(code),
                            data(code.attribute("dataRef")), code);
                    case "ph" -> add(codes, marked, code.attribute("id"), Kind.PLACEHOLDER, type(code), data(code.attribute("dataRef")), code);
                    case "cp" -> marked.appendCodePoint(Integer.parseInt(code.attribute("hex"), 16));
                    default -> walk(code, marked, codes); // mrk, sm/em: annotations
                }
            }
            case XLIFF12 -> {
                switch (name) {
                    case "g" -> {
                        add(codes, marked, code.attribute("id"), Kind.OPEN, code.attribute("ctype"), "", code);
                        walk(code, marked, codes);
                        add(codes, marked, code.attribute("id"), Kind.CLOSE, code.attribute("ctype"), "", code);
                    }
                    case "x" -> add(codes, marked, code.attribute("id"), Kind.PLACEHOLDER, code.attribute("ctype"), "", code);
                    case "bx" -> add(codes, marked, first(code.attribute("rid"), code.attribute("id")), Kind.OPEN, code.attribute("ctype"), "", code);
                    case "ex" -> add(codes, marked, first(code.attribute("rid"), code.attribute("id")), Kind.CLOSE, null, "", code);
                    case "bpt" -> add(codes, marked, first(code.attribute("rid"), code.attribute("id")), Kind.OPEN, code.attribute("ctype"), code.text(), code);
                    case "ept" -> add(codes, marked, first(code.attribute("rid"), code.attribute("id")), Kind.CLOSE, null, code.text(), code);
                    case "ph", "ut" -> add(codes, marked, code.attribute("id"), Kind.PLACEHOLDER, code.attribute("ctype"), code.text(), code);
                    case "it" -> add(codes, marked, code.attribute("id"), "close".equals(code.attribute("pos")) ? Kind.CLOSE : Kind.OPEN,
                            code.attribute("ctype"), code.text(), code);
                    default -> walk(code, marked, codes); // mrk
                }
            }
            case TMX -> {
                switch (name) {
                    case "bpt" -> add(codes, marked, code.attribute("i"), Kind.OPEN, code.attribute("type"), code.text(), code);
                    case "ept" -> add(codes, marked, code.attribute("i"), Kind.CLOSE, null, code.text(), code);
                    case "ph", "ut" -> add(codes, marked, first(code.attribute("x"), "ph" + codes.size()), Kind.PLACEHOLDER,
                            code.attribute("type"), code.text(), code);
                    case "it" -> add(codes, marked, first(code.attribute("x"), "it" + codes.size()),
                            "end".equals(code.attribute("pos")) ? Kind.CLOSE : Kind.OPEN, code.attribute("type"), code.text(), code);
                    default -> walk(code, marked, codes); // hi
                }
            }
        }
    }

    private static void add(List<InlineCode> codes, StringBuilder marked, String id, Kind kind, String type, String data,
                            XmlElement element) {
        String codeId = id == null || id.isBlank() ? "c" + (codes.size() + 1) : id;
        codes.add(new InlineCode(codeId, kind, 0, ExchangeCodeTypes.fromExchange(type), data,
                flag(element.attribute("canDelete")), flag(element.attribute("canCopy")), flag(element.attribute("canReorder"))));
        marked.append(CodedText.MARKER);
    }

    private String data(String ref) {
        return ref == null ? "" : originalData.getOrDefault(ref, "");
    }

    private static String type(XmlElement code) {
        String subType = code.attribute("subType");
        return subType != null ? subType : code.attribute("type");
    }

    private static Boolean flag(String value) {
        return value == null ? null : !value.equals("no");
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
