package dev.tandem.extract;

import dev.tandem.model.CodedText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds an {@link HtmlNode} tree from the XHTML events Tika's HTML parser emits under an
 * identity mapper. Elements that never carry article text (scripts, styles, forms' widgets,
 * inline SVG) are left out with everything inside them. Each element gets its content when it
 * closes; after the document ends the tree does not change.
 */
final class HtmlTreeBuilder extends DefaultHandler {

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template",
            "svg", "math", "button", "select", "option", "textarea", "input", "iframe", "object", "embed",
            "canvas", "video", "audio", "map", "title");
    private static final Set<String> KEPT_ATTRIBUTES = Set.of("id", "class", "role", "itemprop", "hidden",
            "aria-hidden", "style", "href", "rel", "lang", "datetime", "property", "content", "type");

    /** Bounds the tree's memory: real articles have a few thousand elements, not hundreds of thousands. */
    static final int MAX_ELEMENTS = 400_000;

    /** An element still open: its node, the content so far, and the text not yet ended by an element. */
    private record Open(HtmlNode node, List<HtmlContent> content, StringBuilder text) {
        void endText() {
            if (!text.isEmpty()) {
                content.add(new HtmlText(text.toString()));
                text.setLength(0);
            }
        }

        void close() {
            endText();
            node.close(content);
        }
    }

    private final HtmlNode root = new HtmlNode("#root", null, Map.of(), 0);
    private final Deque<Open> open = new ArrayDeque<>(List.of(new Open(root, new ArrayList<>(), new StringBuilder())));
    private int skipDepth;
    private int elements;
    private String canonicalUrl;

    /** The page's tree, every element closed. */
    HtmlNode root() {
        endDocument();
        return root;
    }

    String canonicalUrl() {
        return canonicalUrl;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        String name = localName.toLowerCase(Locale.ROOT);
        if (name.equals("link") && "canonical".equalsIgnoreCase(attributes.getValue("rel"))
                && canonicalUrl == null) {
            canonicalUrl = attributes.getValue("href");
        }
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        Map<String, String> kept = new HashMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
            if (KEPT_ATTRIBUTES.contains(attribute)) {
                kept.put(attribute, attributes.getValue(i));
            }
        }
        if (++elements > MAX_ELEMENTS) {
            throw new SAXException(new TooManyElementsException());
        }
        Open parent = open.peek();
        parent.endText();
        HtmlNode node = new HtmlNode(name, parent.node(), kept, elements);
        parent.content().add(node);
        open.push(new Open(node, new ArrayList<>(), new StringBuilder()));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (open.size() > 1) {
            open.pop().close();
        }
    }

    @Override
    public void endDocument() {
        while (!open.isEmpty()) {
            open.pop().close();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0 && length > 0) {
            open.peek().text().append(CodedText.withoutMarkers(new String(ch, start, length)));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    /** Signals a page with more elements than {@link #MAX_ELEMENTS}. */
    static final class TooManyElementsException extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
