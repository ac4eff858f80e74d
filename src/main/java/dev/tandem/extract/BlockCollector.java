package dev.tandem.extract;

import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import dev.tandem.model.CodedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML events and cuts them into typed blocks: headings, paragraphs, list items,
 * quotes and captions. Text outside any block element still becomes a paragraph, so nothing a
 * parser emits is lost. Line breaks inside a block are kept as {@code \n}; normalization decides
 * what they mean.
 */
final class BlockCollector extends DefaultHandler {

    private static final Map<String, BlockType> BLOCK_ELEMENTS = Map.ofEntries(
            Map.entry("p", BlockType.PARAGRAPH),
            Map.entry("div", BlockType.PARAGRAPH),
            Map.entry("pre", BlockType.PARAGRAPH),
            Map.entry("td", BlockType.PARAGRAPH),
            Map.entry("th", BlockType.PARAGRAPH),
            Map.entry("h1", BlockType.HEADING),
            Map.entry("h2", BlockType.HEADING),
            Map.entry("h3", BlockType.HEADING),
            Map.entry("h4", BlockType.HEADING),
            Map.entry("h5", BlockType.HEADING),
            Map.entry("h6", BlockType.HEADING),
            Map.entry("li", BlockType.LIST_ITEM),
            Map.entry("dt", BlockType.LIST_ITEM),
            Map.entry("dd", BlockType.LIST_ITEM),
            Map.entry("blockquote", BlockType.QUOTE),
            Map.entry("figcaption", BlockType.CAPTION),
            Map.entry("caption", BlockType.CAPTION));

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template");

    private final List<ArticleBlock> blocks = new ArrayList<>();
    private final List<BlockType> open = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final InlineMarkup markup = new InlineMarkup();
    private final List<Integer> pageStarts = new ArrayList<>();
    private int skipDepth;

    List<ArticleBlock> blocks() {
        flush();
        return List.copyOf(blocks);
    }

    /** Indexes into {@link #blocks()} where a new page begins (PDF and other paged formats). */
    List<Integer> pageStarts() {
        return List.copyOf(pageStarts);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.toLowerCase(Locale.ROOT);
        if (skipDepth > 0 || SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (name.equals("div") && "page".equals(attributes.getValue("class"))) {
            flush();
            pageStarts.add(blocks.size());
        }
        if (name.equals("br")) {
            markup.lineBreak(text);
            return;
        }
        if (InlineMarkup.isInline(name)) {
            markup.open(name, attributes.getValue("href"), text);
            return;
        }
        BlockType type = BLOCK_ELEMENTS.get(name);
        if (type != null) {
            flush();
            open.add(type);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        String name = localName.toLowerCase(Locale.ROOT);
        if (InlineMarkup.isInline(name)) {
            markup.close(name, text);
        } else if (BLOCK_ELEMENTS.containsKey(name)) {
            flush();
            if (!open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            text.append(CodedText.withoutMarkers(new String(ch, start, length)));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        CodedText content = markup.endBlock(text);
        if (content.text().isBlank()) {
            return;
        }
        BlockType type = open.isEmpty() ? BlockType.PARAGRAPH : innermostMeaningful();
        blocks.add(new ArticleBlock(type, content));
    }

    /** A paragraph inside a quote or list item takes the outer role. */
    private BlockType innermostMeaningful() {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i) != BlockType.PARAGRAPH) {
                return open.get(i);
            }
        }
        return BlockType.PARAGRAPH;
    }
}
