package dev.tandem.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One element of the page as Tika reported it, with just the attributes that tell content from
 * furniture. Its content (elements and text) is given once, when the parser has closed the
 * element, and cannot change afterwards.
 */
final class HtmlNode implements HtmlContent {

    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z])([A-Z])");
    /**
     * Class names that describe a variant or a neighbour rather than the element's role: BEM
     * modifiers ({@code report__section--ads}: a section that has ads in it) and
     * {@code with-sidebar-right}, {@code has-comments}, {@code no-ads}.
     */
    private static final Pattern MODIFIERS = Pattern.compile("--\\S*|(?<!\\S)(?:with|without|has|no)-\\S*");

    final String tag;
    final HtmlNode parent;
    final Map<String, String> attributes;
    final int depth;
    /** Position in document order, for sorting nodes found out of order. */
    final int order;
    private List<HtmlContent> content = List.of();
    private boolean closed;
    private String classAndId;

    HtmlNode(String tag, HtmlNode parent, Map<String, String> attributes, int order) {
        this.order = order;
        this.tag = tag;
        this.parent = parent;
        this.attributes = Map.copyOf(attributes);
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** The element's content, in document order. */
    List<HtmlContent> content() {
        return content;
    }

    /** Gives the element its content; only the tree builder calls this, once, when the element closes. */
    void close(List<HtmlContent> finalContent) {
        if (closed) {
            throw new IllegalStateException(tag + " is already closed");
        }
        closed = true;
        content = List.copyOf(finalContent);
    }

    String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /**
     * The class and id words, lower case, without modifiers: "relatedArticles share-bar" gives
     * related, articles, share, bar; "section section--ads with-sidebar" gives section.
     */
    String classAndId() {
        if (classAndId == null) {
            String raw = MODIFIERS.matcher(attribute("class")).replaceAll("") + " " + attribute("id");
            classAndId = raw.isBlank() ? "" : CAMEL_CASE.matcher(raw).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        }
        return classAndId;
    }

    boolean isInside(HtmlNode ancestor) {
        for (HtmlNode node = this; node != null; node = node.parent) {
            if (node == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** All text below this node, as the reader sees it (whitespace not yet normalized). */
    String text() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    private void appendText(StringBuilder out) {
        for (HtmlContent child : content) {
            if (child instanceof HtmlText text) {
                out.append(text.text());
            } else if (child instanceof HtmlNode node) {
                out.append(' ');
                node.appendText(out);
            }
        }
    }
}
