package dev.tandem.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One element of the page as Tika reported it, with just the attributes that tell content from
 * furniture. Children are elements or text (as {@link CharSequence}); the tree is built once per page
 * and only read afterwards.
 */
final class HtmlNode {

    final String tag;
    final HtmlNode parent;
    final Map<String, String> attributes;
    final List<Object> children = new ArrayList<>();
    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z])([A-Z])");

    final int depth;
    private String classAndId;
    /** Position in document order, for sorting nodes found out of order. */
    final int order;

    HtmlNode(String tag, HtmlNode parent, Map<String, String> attributes, int order) {
        this.order = order;
        this.tag = tag;
        this.parent = parent;
        this.attributes = attributes;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /** The class and id words, lower case: "relatedArticles share-bar" gives related, articles, share, bar. */
    String classAndId() {
        if (classAndId == null) {
            String raw = attribute("class") + " " + attribute("id");
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
        for (Object child : children) {
            if (child instanceof CharSequence text) {
                out.append(text);
            } else {
                out.append(' ');
                ((HtmlNode) child).appendText(out);
            }
        }
    }
}
