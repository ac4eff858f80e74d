package dev.tandem.extract;

import dev.tandem.model.CodedText;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The inline content of one Markdown block, read by CommonMark's inline parser: links (the URL kept
 * in the code's data), {@code **strong**}/{@code __strong__}, {@code *emphasis*}/{@code _emphasis_},
 * {@code `code`} and hard line breaks become inline codes, with the same data as the same markup
 * has in a web page ({@code <a href="…">}, {@code <strong>}, {@code <em>}, {@code <code>},
 * {@code <br/>}), so every writer and every exchange format treats them alike. Backslash escapes and
 * entities are resolved as CommonMark says; an image is its alt text; inline HTML stays text.
 * Block structure stays with {@link MarkdownBlocks}: every block parser is switched off here.
 */
final class MarkdownSpans {

    private final Parser parser = Parser.builder().enabledBlockTypes(Set.of()).build();

    CodedText read(String markdown) {
        Node document = parser.parse(markdown);
        InlineMarkup markup = new InlineMarkup();
        StringBuilder text = new StringBuilder();
        for (Node paragraph = document.getFirstChild(); paragraph != null; paragraph = paragraph.getNext()) {
            if (paragraph != document.getFirstChild()) {
                text.append('\n');
            }
            walk(paragraph, markup, text);
        }
        return markup.endBlock(text);
    }

    private static void walk(Node parent, InlineMarkup markup, StringBuilder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text plain) {
                text.append(CodedText.withoutMarkers(plain.getLiteral()));
            } else if (node instanceof SoftLineBreak) {
                text.append('\n');
            } else if (node instanceof HardLineBreak) {
                markup.lineBreak(text);
            } else if (node instanceof Code code) {
                markup.open("code", null, text);
                text.append(CodedText.withoutMarkers(code.getLiteral()));
                markup.close("code", text);
            } else if (node instanceof Emphasis) {
                wrapped("em", node, markup, text);
            } else if (node instanceof StrongEmphasis) {
                wrapped("strong", node, markup, text);
            } else if (node instanceof Link link) {
                markup.open("a", link.getDestination(), text);
                walk(link, markup, text);
                markup.close("a", text);
            } else if (node instanceof Image) {
                appendAltText(node, text);
            } else if (node instanceof HtmlInline html) {
                text.append(CodedText.withoutMarkers(html.getLiteral()));
            } else {
                walk(node, markup, text);
            }
        }
    }

    private static void wrapped(String tag, Node node, InlineMarkup markup, StringBuilder text) {
        markup.open(tag, null, text);
        walk(node, markup, text);
        markup.close(tag, text);
    }

    /** An image's description is text of the article (it was before CommonMark read it, too); its formatting is not kept. */
    private static void appendAltText(Node image, StringBuilder text) {
        for (Node node = image.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text plain) {
                text.append(CodedText.withoutMarkers(plain.getLiteral()));
            } else if (node instanceof Code code) {
                text.append(CodedText.withoutMarkers(code.getLiteral()));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else {
                appendAltText(node, text);
            }
        }
    }
}
