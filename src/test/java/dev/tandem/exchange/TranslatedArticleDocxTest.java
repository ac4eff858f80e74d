package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.BlockType;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportResult;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The translated article as a Word document, read back by Tandem's own importer (Tika) and by POI. */
class TranslatedArticleDocxTest {

    @TempDir
    Path folder;

    private ArticleFixture article;
    private ExportResult docx;

    @BeforeEach
    void importTranslateAndExport() {
        article = ArticleFixture.imported(folder);
        article.translateMost();
        docx = article.export(ExchangeFormat.DOCX);
    }

    private Document importedBack() throws Exception {
        Path file = Files.write(folder.resolve(docx.fileName()), docx.content());
        return article.workbench.documents().importFile(file, LanguageTag.of("fr"), "garden-fr");
    }

    private static Segment sentence(Document document, String start) {
        return document.segments().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting " + start + " in " + document.segments()));
    }

    @Test
    void importingTheDocxBackGivesTheTranslatedTextWithTheLinkAndTheBoldWhereTheTranslatorPutThem() throws Exception {
        assertEquals("garden.fr.docx", docx.fileName());
        Segment read = sentence(importedBack(), "Lisez");
        assertEquals("Lisez le plan de plantation avant samedi, quand le jardin ouvre ses portes à tout le quartier.", read.text());
        InlineCode link = read.codes().stream().filter(code -> code.type().equals(InlineCode.LINK)).findFirst().orElseThrow();
        assertEquals("<a href=\"https://example.org/plan?a=1&amp;b=2\">", link.data());
        assertEquals("plan de plantation", read.text().substring(link.at(), read.codes().get(read.codes().indexOf(link) + 1).at()));
        InlineCode bold = read.codes().stream().filter(code -> code.type().equals(InlineCode.BOLD)).findFirst().orElseThrow();
        assertEquals("samedi", read.text().substring(bold.at(), bold.at() + "samedi".length()));
    }

    @Test
    void theTitleAndHeadingsAreHeadingsAndTheTitleIsTheDocumentsTitle() throws Exception {
        Document back = importedBack();
        assertEquals("Nouvelles du jardin", back.title());
        assertEquals(BlockType.HEADING, back.blocks().get(sentence(back, "Quoi apporter").block()).type());
    }

    @Test
    void paragraphsCarryWordsOwnStylesAndTheLanguage() throws Exception {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            assertEquals("Title", paragraphs.get(0).getStyle());
            assertEquals("Heading1", paragraphs.get(2).getStyle());
            assertEquals("ListBullet", paragraphs.get(3).getStyle());
            assertEquals(java.math.BigInteger.ONE, paragraphs.get(3).getNumID());
            assertEquals("Quote", paragraphs.get(5).getStyle());
            assertEquals("Caption", paragraphs.get(6).getStyle());
            assertEquals("Nouvelles du jardin", word.getProperties().getCoreProperties().getTitle());
            assertTrue(word.getStyles().getStyle("Heading1").getName().equals("heading 1"));
            String lang = word.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal();
            assertEquals("fr", lang);
        }
    }
}
