package dev.tandem.exchange;

import dev.tandem.model.BlockType;
import dev.tandem.model.InlineCode;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * The translated article as a clean HTML5 page: {@code lang} the target language, the translated
 * title, a small inline style sheet, no script and nothing loaded. Headings, paragraphs, list items,
 * quotes and captions follow the document's blocks; links, emphasis, code and line breaks stand
 * where the translator put their codes. Written with an XML writer (polyglot HTML), so every piece
 * of user text and every URL is escaped; only URLs {@link LinkTargets} allows become links.
 */
final class ArticleHtmlWriter {

    private static final String STYLE = String.join("\n",
            "body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.6; max-width: 42rem; margin: 2rem auto;"
                    + " padding: 0 1rem; color: #1d2430; }",
            "h1, h2 { font-family: system-ui, sans-serif; line-height: 1.25; }",
            "p.subtitle { font-size: 1.15rem; color: #3d4654; }",
            "p.caption { font-size: .9rem; font-style: italic; color: #5b6575; }",
            "blockquote { margin: 1rem 0; padding-inline-start: 1rem; border-inline-start: 3px solid #c8ced8; }",
            "code { font-family: ui-monospace, monospace; font-size: .92em; }",
            "a { color: #1f5fbf; }");

    void write(ArticleContent article, OutputStream out) throws XMLStreamException {
        try (XmlOutput html = new XmlOutput(out)) {
            html.raw().writeDTD("<!DOCTYPE html>\n");
            html.start(-1, "html").attribute("lang", article.language());
            html.start(0, "head");
            html.empty(1, "meta").attribute("charset", "utf-8");
            html.empty(1, "meta").attribute("name", "viewport").attribute("content", "width=device-width, initial-scale=1");
            html.element(1, "title", article.title());
            html.element(1, "style", STYLE);
            html.end(0);
            html.start(0, "body");
            html.start(1, "article");
            List<ArticleContent.Part> parts = article.parts();
            for (int i = 0; i < parts.size(); i++) {
                ArticleContent.Part part = parts.get(i);
                boolean firstItem = part.type() == BlockType.LIST_ITEM && (i == 0 || parts.get(i - 1).type() != BlockType.LIST_ITEM);
                boolean lastItem = part.type() == BlockType.LIST_ITEM && (i == parts.size() - 1 || parts.get(i + 1).type() != BlockType.LIST_ITEM);
                if (firstItem) {
                    html.start(2, "ul");
                }
                writeBlock(html, part, part.type() == BlockType.LIST_ITEM ? 3 : 2);
                if (lastItem) {
                    html.end(2);
                }
            }
            html.end(1).end(0).end(-1);
        }
    }

    private static void writeBlock(XmlOutput html, ArticleContent.Part part, int depth) throws XMLStreamException {
        switch (part.type()) {
            case TITLE -> html.start(depth, "h1");
            case HEADING -> html.start(depth, "h2");
            case SUBTITLE -> html.start(depth, "p").attribute("class", "subtitle");
            case PARAGRAPH -> html.start(depth, "p");
            case LIST_ITEM -> html.start(depth, "li");
            case CAPTION -> html.start(depth, "p").attribute("class", "caption");
            case QUOTE -> html.start(depth, "blockquote").start(-1, "p");
        }
        html.attribute("dir", "auto");
        writeInline(html, InlineTree.of(part.text()), false);
        if (part.type() == BlockType.QUOTE) {
            html.endInline();
        }
        html.endInline();
    }

    private static void writeInline(XmlOutput html, List<InlineTree.Node> nodes, boolean inLink) throws XMLStreamException {
        for (InlineTree.Node node : nodes) {
            if (node instanceof InlineTree.Text text) {
                html.text(text.text());
            } else if (node instanceof InlineTree.LineBreak) {
                html.empty(-1, "br");
            } else if (node instanceof InlineTree.Span span) {
                String element = element(span, inLink);
                if (element == null) {
                    writeInline(html, span.children(), inLink);
                    continue;
                }
                html.start(-1, element);
                if (element.equals("a")) {
                    html.attribute("href", span.link());
                }
                writeInline(html, span.children(), inLink || element.equals("a"));
                html.endInline();
            }
        }
    }

    /** The element for a span, or null for its words alone (an unknown code, a link that may not be followed or inside a link). */
    private static String element(InlineTree.Span span, boolean inLink) {
        return switch (span.type()) {
            case InlineCode.LINK -> span.link() == null || inLink ? null : "a";
            case InlineCode.BOLD -> "strong";
            case InlineCode.ITALIC -> "em";
            case InlineCode.UNDERLINE -> "u";
            case InlineCode.SUBSCRIPT -> "sub";
            case InlineCode.SUPERSCRIPT -> "sup";
            case InlineCode.CODE -> "code";
            default -> null;
        };
    }
}
