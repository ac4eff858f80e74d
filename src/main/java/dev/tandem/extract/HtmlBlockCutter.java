package dev.tandem.extract;

import dev.tandem.model.BlockType;
import dev.tandem.model.CodedText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts an {@link HtmlNode} tree into blocks in reading order. A block element (p, div, li, h2, …)
 * starts and ends a block; inline elements (a, em, span, …) only add text. The type comes from the
 * innermost element with a role: a paragraph inside a list item is a list item, text in a figure
 * is a caption.
 */
final class HtmlBlockCutter {

    private static final Set<String> BLOCK_TAGS = Set.of("#root", "html", "body", "p", "div", "section",
            "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "figure", "figcaption", "pre", "table", "thead", "tbody", "tfoot", "tr",
            "td", "th", "caption", "dl", "dt", "dd", "form", "fieldset", "address", "details", "summary",
            "center", "hr", "hgroup", "menu", "picture", "dialog");
    private static final Map<String, BlockType> TYPED = Map.ofEntries(
            Map.entry("h1", BlockType.HEADING), Map.entry("h2", BlockType.HEADING),
            Map.entry("h3", BlockType.HEADING), Map.entry("h4", BlockType.HEADING),
            Map.entry("h5", BlockType.HEADING), Map.entry("h6", BlockType.HEADING),
            Map.entry("li", BlockType.LIST_ITEM), Map.entry("dt", BlockType.LIST_ITEM),
            Map.entry("dd", BlockType.LIST_ITEM), Map.entry("blockquote", BlockType.QUOTE),
            Map.entry("figcaption", BlockType.CAPTION), Map.entry("caption", BlockType.CAPTION),
            Map.entry("figure", BlockType.CAPTION));

    private final List<HtmlBlock> blocks = new ArrayList<>();
    private final Deque<HtmlNode> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final InlineMarkup markup = new InlineMarkup();
    private int linkChars;

    static List<HtmlBlock> cut(HtmlNode root) {
        HtmlBlockCutter cutter = new HtmlBlockCutter();
        cutter.walk(root, false);
        cutter.flush();
        return cutter.blocks;
    }

    private void walk(HtmlNode node, boolean inLink) {
        boolean block = BLOCK_TAGS.contains(node.tag);
        if (block) {
            flush();
            open.push(node);
        }
        if (node.tag.equals("br")) {
            markup.lineBreak(text);
        }
        boolean inline = InlineMarkup.isInline(node.tag);
        if (inline) {
            markup.open(node.tag, node.attributes.get("href"), text);
        }
        boolean link = inLink || node.tag.equals("a");
        for (HtmlContent child : node.content()) {
            if (child instanceof HtmlText chars) {
                text.append(chars.text());
                if (link) {
                    linkChars += chars.text().strip().length();
                }
            } else if (child instanceof HtmlNode element) {
                walk(element, link);
            }
        }
        if (inline) {
            markup.close(node.tag, text);
        }
        if (block) {
            flush();
            open.pop();
        }
    }

    private void flush() {
        CodedText content = markup.endBlock(text);
        if (!content.text().isEmpty() && !open.isEmpty()) {
            blocks.add(new HtmlBlock(typeOf(), content.text(), Math.min(linkChars, content.text().length()), open.peek(),
                    content.codes()));
        }
        linkChars = 0;
    }

    /** The innermost role wins, except that a heading inside a figure is still a caption. */
    private BlockType typeOf() {
        for (HtmlNode node : open) {
            BlockType type = TYPED.get(node.tag);
            if (type != null) {
                return type;
            }
        }
        return BlockType.PARAGRAPH;
    }
}
