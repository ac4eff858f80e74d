package dev.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.junit.jupiter.api.Test;

/** The page tree: elements and text in document order, closed for change once built. */
class HtmlTreeTest {

    private static HtmlNode tree(String html) throws Exception {
        HtmlTreeBuilder builder = new HtmlTreeBuilder();
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        Metadata metadata = new Metadata();
        metadata.set("resourceName", "page.html");
        new AutoDetectParser().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), builder, metadata, context);
        return builder.root();
    }

    private static HtmlNode find(HtmlNode node, String tag) {
        if (node.tag.equals(tag)) {
            return node;
        }
        for (HtmlContent child : node.content()) {
            if (child instanceof HtmlNode element && find(element, tag) != null) {
                return find(element, tag);
            }
        }
        return null;
    }

    @Test
    void paragraphHoldsItsTextAndElementsInDocumentOrder() throws Exception {
        HtmlNode paragraph = find(tree("<html><body><p>The <em>old</em> bridge</p></body></html>"), "p");
        List<HtmlContent> content = paragraph.content();
        assertEquals(new HtmlText("The "), content.get(0));
        assertEquals("em", ((HtmlNode) content.get(1)).tag);
        assertEquals(new HtmlText(" bridge"), content.get(2));
        assertEquals("The  old bridge", paragraph.text(), "a space before each element, so words never run together");
    }

    @Test
    void builtTreeCannotBeChanged() throws Exception {
        HtmlNode paragraph = find(tree("<html><body><p>The old bridge</p></body></html>"), "p");
        assertThrows(UnsupportedOperationException.class, () -> paragraph.content().add(new HtmlText("more")));
        assertThrows(IllegalStateException.class, () -> paragraph.close(List.of()));
        assertTrue(paragraph.parent.content().contains(paragraph));
    }
}
