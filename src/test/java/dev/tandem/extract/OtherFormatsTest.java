package dev.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OtherFormatsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(byte[] bytes, String name) {
        return extractor.extract(new ByteArrayInputStream(bytes), name);
    }

    private static String texts(Article article) {
        return article.blocks().stream().map(ArticleBlock::text).map(String::strip).collect(Collectors.joining("\n"));
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, () -> "missing or out of order: " + part + "\nin:\n" + text);
            from = at + part.length();
        }
    }

    @Test
    void docxKeepsHeadingsAndParagraphsInOrder() throws Exception {
        Article article = extract(DocumentFixtures.docx(List.of(
                "# The river", "The river rose in the night.", "# The town", "By morning the square was under water.")),
                "story.docx");
        assertInOrder(texts(article), "The river", "The river rose in the night.", "The town",
                "By morning the square was under water.");
    }

    @Test
    void odtKeepsHeadingsParagraphsAndListsInOrder() throws Exception {
        Article article = extract(DocumentFixtures.odt("""
                <text:h text:outline-level="1">Harvest report</text:h>
                <text:p>The harvest began early this year.</text:p>
                <text:list><text:list-item><text:p>Apples</text:p></text:list-item>
                <text:list-item><text:p>Pears</text:p></text:list-item></text:list>
                <text:p>Prices fell in October.</text:p>
                """), "report.odt");
        assertInOrder(texts(article), "Harvest report", "The harvest began early this year.", "Apples", "Pears",
                "Prices fell in October.");
        assertTrue(article.blocks().contains(new ArticleBlock(BlockType.HEADING, "Harvest report")), article::toString);
        assertTrue(article.blocks().contains(new ArticleBlock(BlockType.LIST_ITEM, "Apples")), article::toString);
    }

    @Test
    void epubChaptersComeOutInSpineOrder() throws Exception {
        Article article = extract(DocumentFixtures.epub(List.of(
                "<h1>Chapter one</h1><p>It was a cold morning.</p>",
                "<h1>Chapter two</h1><p>The letter arrived at noon.</p><ul><li>a map</li></ul>")), "book.epub");
        assertInOrder(texts(article), "Chapter one", "It was a cold morning.", "Chapter two",
                "The letter arrived at noon.", "a map");
        assertTrue(article.blocks().contains(new ArticleBlock(BlockType.HEADING, "Chapter two")), article::toString);
    }

    @Test
    void rtfParagraphsComeOutInOrder() {
        byte[] rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 First paragraph of the letter.\\par Second paragraph follows.\\par}"
                .getBytes(StandardCharsets.US_ASCII);
        assertInOrder(texts(extract(rtf, "letter.rtf")), "First paragraph of the letter.", "Second paragraph follows.");
    }

    @Test
    void markdownHeadingsListsAndQuotesAreTyped() {
        byte[] markdown = """
                # Field notes

                The **first** day was [quiet](https://example.org).

                - tents up
                - fire lit

                > Nothing moved.
                """.getBytes(StandardCharsets.UTF_8);
        Article article = extract(markdown, "notes.md");
        assertEquals(List.of(new ArticleBlock(BlockType.HEADING, "Field notes"),
                new ArticleBlock(BlockType.PARAGRAPH, "The first day was quiet."),
                new ArticleBlock(BlockType.LIST_ITEM, "tents up"),
                new ArticleBlock(BlockType.LIST_ITEM, "fire lit"),
                new ArticleBlock(BlockType.QUOTE, "Nothing moved.")),
                article.blocks().stream().map(block -> new ArticleBlock(block.type(), block.text())).toList());
        // The bold word and the link are inline codes around their words (issue 16).
        assertEquals(List.of(4, 9, 18, 23), article.blocks().get(1).codes().stream().map(dev.tandem.model.InlineCode::at).toList());
        assertEquals("<a href=\"https://example.org\">", article.blocks().get(1).codes().get(2).data());
    }

    @Test
    void pdfTextComesOutInOrderAcrossPages() throws Exception {
        Article article = extract(DocumentFixtures.pdf(List.of(
                List.of("The first page opens the story."), List.of("The second page closes it.")), null), "two.pdf");
        assertInOrder(texts(article), "The first page opens the story.", "The second page closes it.");
    }

    @Test
    void hyphenatedLineBreakInPdfIsJoined() throws Exception {
        Article article = extract(DocumentFixtures.pdf(List.of(List.of(
                "The committee published its recom-", "mendations on Tuesday after a long", "debate in the chamber.")),
                null), "hyphen.pdf");
        String text = texts(article);
        assertTrue(text.contains("its recommendations on Tuesday after a long debate in the chamber."), text);
    }

    @Test
    void repeatedPdfFooterIsDropped() throws Exception {
        List<List<String>> pages = List.of(
                List.of("Annual Report 2024", "", "Revenue grew in every region this year.", "", "Confidential - Page 1"),
                List.of("Annual Report 2024", "", "Costs fell for the second year running.", "", "Confidential - Page 2"),
                List.of("Annual Report 2024", "", "The board proposes a higher dividend.", "", "Confidential - Page 3"));
        String text = texts(extract(DocumentFixtures.pdf(pages, null), "report.pdf"));
        assertFalse(text.contains("Confidential"), text);
        assertFalse(text.contains("Annual Report 2024"), text);
        assertInOrder(text, "Revenue grew in every region this year.", "Costs fell for the second year running.",
                "The board proposes a higher dividend.");
    }

    @Test
    void pdfPageNumbersAreDropped() throws Exception {
        List<List<String>> pages = List.of(
                List.of("Rain is expected on Monday.", "", "", "1"),
                List.of("Sun returns on Wednesday.", "", "", "2"));
        String text = texts(extract(DocumentFixtures.pdf(pages, null), "weather.pdf"));
        assertFalse(text.lines().anyMatch(line -> line.strip().matches("\\d+")), text);
        assertInOrder(text, "Rain is expected on Monday.", "Sun returns on Wednesday.");
    }

    @Test
    void paragraphCutByPdfPageBreakIsRejoined() throws Exception {
        List<List<String>> pages = List.of(
                List.of("The negotiations lasted well into the", "", "", "7"),
                List.of("night, and no agreement was reached.", "", "", "8"));
        String text = texts(extract(DocumentFixtures.pdf(pages, null), "talks.pdf"));
        assertTrue(text.contains("well into the night, and no agreement"), text);
    }

    @Test
    void textFileThatStartsLikeMailHeadersIsReadAsPlainText() {
        byte[] text = """
                From: the editor
                Subject: notes for the translator
                Date: Monday

                The harbour reopened on Monday after the storm.
                """.getBytes(StandardCharsets.UTF_8);
        Article article = extract(text, "notes.txt");
        assertEquals("text/plain", article.mediaType());
        assertTrue(texts(article).contains("The harbour reopened on Monday after the storm."), article::toString);
        assertTrue(texts(article).contains("Subject: notes for the translator"), article::toString);
    }

    @Test
    void textThatIsUtf8ExceptForAFewBadBytesIsRefusedNotGarbled() {
        byte[] good = "Le café de la gare a rouvert.\nLes habitants étaient ravis.\n".getBytes(StandardCharsets.UTF_8);
        byte[] text = java.util.Arrays.copyOf(good, good.length + 12);
        System.arraycopy("Prix: 5 \u0080\u0081 ok\n".getBytes(StandardCharsets.ISO_8859_1), 0, text, good.length, 12);
        dev.tandem.model.TandemException error = org.junit.jupiter.api.Assertions.assertThrows(
                dev.tandem.model.TandemException.class, () -> extract(text, "notes.txt"));
        assertTrue(error.getMessage().startsWith("notes.txt: not valid UTF-8 (line 3"), error.getMessage());
    }

    @Test
    void legacySingleByteTextIsReadInItsOwnEncoding() {
        String french = "Le café de la gare a rouvert après l'été. Les habitants étaient ravis, "
                + "et le maire a remercié les employés qui ont travaillé tout l'hiver à la rénovation.\n";
        Article article = extract(french.repeat(3).getBytes(StandardCharsets.ISO_8859_1), "notes.txt");
        assertTrue(texts(article).contains("Le café de la gare a rouvert après l'été."), texts(article));
        assertFalse(texts(article).contains("Ã"), texts(article));
    }
}
