package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import dev.tandem.exchange.InlineTree.LineBreak;
import dev.tandem.exchange.InlineTree.Span;
import dev.tandem.exchange.InlineTree.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Codes as a translation may hold them, turned into the nested spans a page or a document needs. */
class InlineTreeTest {

    private static InlineCode code(String id, Kind kind, int at, String type) {
        return new InlineCode(id, kind, at, type, kind == Kind.CLOSE ? "</x>" : "<x>");
    }

    @Test
    void pairsThatCrossAreSplitAroundEachOtherAsBrowsersDo() {
        // <b>one <i>two</b> three</i>
        CodedText text = new CodedText("one two three", List.of(code("1", Kind.OPEN, 0, InlineCode.BOLD),
                code("2", Kind.OPEN, 4, InlineCode.ITALIC), code("1", Kind.CLOSE, 7, InlineCode.BOLD), code("2", Kind.CLOSE, 13, InlineCode.ITALIC)));
        assertEquals(List.of(new Span(InlineCode.BOLD, null, List.of(new Text("one "), new Span(InlineCode.ITALIC, null, List.of(new Text("two"))))),
                new Span(InlineCode.ITALIC, null, List.of(new Text(" three")))), InlineTree.of(text));
    }

    @Test
    void aCloseWithoutItsOpenIsDroppedAndAnOpenWithoutItsCloseEndsWithTheText() {
        CodedText text = new CodedText("one two", List.of(code("1", Kind.CLOSE, 3, InlineCode.BOLD), code("2", Kind.OPEN, 4, InlineCode.ITALIC)));
        assertEquals(List.of(new Text("one"), new Text(" "), new Span(InlineCode.ITALIC, null, List.of(new Text("two")))), InlineTree.of(text));
    }

    @Test
    void aLineBreakIsKeptAndOtherPlaceholdersAndTheirMarkupAreNot() {
        CodedText text = new CodedText("one two", List.of(new InlineCode("1", Kind.PLACEHOLDER, 3, InlineCode.LINE_BREAK, "<br/>"),
                new InlineCode("2", Kind.PLACEHOLDER, 4, InlineCode.OTHER, "<img src=x onerror=alert(1)>")));
        assertEquals(List.of(new Text("one"), new LineBreak(), new Text(" "), new Text("two")), InlineTree.of(text));
    }

    @Test
    void aLinkKeepsItsUrlOnlyWhenItMayBeFollowed() {
        CodedText safe = new CodedText("plan", List.of(new InlineCode("1", Kind.OPEN, 0, InlineCode.LINK, "<a href=\"https://example.org/?a=1&amp;b=2\">"),
                new InlineCode("1", Kind.CLOSE, 4, InlineCode.LINK, "</a>")));
        assertEquals(List.of(new Span(InlineCode.LINK, "https://example.org/?a=1&b=2", List.of(new Text("plan")))), InlineTree.of(safe));
        CodedText script = new CodedText("plan", List.of(new InlineCode("1", Kind.OPEN, 0, InlineCode.LINK, "<a href=\"javascript:alert(1)\">"),
                new InlineCode("1", Kind.CLOSE, 4, InlineCode.LINK, "</a>")));
        assertEquals(List.of(new Span(InlineCode.LINK, null, List.of(new Text("plan")))), InlineTree.of(script));
    }
}
