package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportResult;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translated article as a web page, read back by an HTML5 parser (jsoup, which Tika brings) the
 * way a browser builds its tree, and by the JDK's XML parser to prove it is well-formed polyglot HTML.
 */
class TranslatedArticleHtmlTest {

    @TempDir
    Path folder;

    private ArticleFixture article;

    @BeforeEach
    void importAndTranslate() {
        article = ArticleFixture.imported(folder);
        article.translateMost();
    }

    private Document page() {
        Document page = Jsoup.parse(article.exportText(ExchangeFormat.ARTICLE_HTML));
        page.outputSettings().prettyPrint(false);
        return page;
    }

    @Test
    void thePageIsInTheTargetLanguageWithTheTranslatedTitleAStyleSheetAndNoScript() throws Exception {
        ExportResult result = article.export(ExchangeFormat.ARTICLE_HTML);
        assertEquals("garden.fr.article.html", result.fileName());
        assertTrue(result.mediaType().startsWith("text/html"), result.mediaType());
        Document page = Jsoup.parse(new String(result.content(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("Nouvelles du jardin", page.title());
        assertEquals(1, page.select("head > style").size());
        assertEquals(0, page.select("script, link, img, iframe, [src], [onclick]").size());
        assertEquals(0, page.select("a[href^=javascript]").size());
        DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(result.content()));
    }

    @Test
    void linksAndBoldStandWhereTheTranslatorPutTheirCodes() {
        Element paragraph = page().select("article > p").stream().filter(p -> p.text().startsWith("Lisez")).findFirst().orElseThrow();
        Element link = paragraph.selectFirst("a");
        assertEquals("plan de plantation", link.text());
        assertEquals("https://example.org/plan?a=1&b=2", link.attr("href"));
        assertEquals("samedi", paragraph.selectFirst("strong").text());
        assertEquals("Lisez le plan de plantation avant samedi, quand le jardin ouvre ses portes à tout le quartier.", paragraph.text());
        assertEquals("Lisez le <a href=\"https://example.org/plan?a=1&amp;b=2\">plan de plantation</a> avant <strong>samedi</strong>,"
                + " quand le jardin ouvre ses portes à tout le quartier.", paragraph.html());
    }

    @Test
    void headingsListItemsQuotesAndCaptionsFollowTheDocumentsBlocks() {
        Document page = page();
        assertEquals(List.of("Nouvelles du jardin"), page.select("article > h1").eachText());
        assertEquals(List.of("Quoi apporter"), page.select("article > h2").eachText());
        assertEquals(2, page.select("article > ul > li").size());
        assertEquals("gants", page.selectFirst("article > ul > li em").text());
        assertEquals("Les jardins sont faits par ceux qui reviennent chaque semaine.", page.selectFirst("article > blockquote > p").text());
        assertEquals("The old depot in spring, before the first beds were dug.", page.selectFirst("article > p.caption").text());
    }

    @Test
    void untranslatedSentencesFallBackToTheirSourceWithItsCodesAndAreCounted() {
        ExportResult result = article.export(ExchangeFormat.ARTICLE_HTML);
        int untranslated = (int) article.workbench.translations().translation("garden", ArticleFixture.FRENCH).units().stream()
                .filter(unit -> unit.target().isBlank()).count();
        assertTrue(untranslated > 0);
        assertEquals(untranslated, result.sourceFallbacks());
        assertTrue(result.warnings().get(0).startsWith(untranslated + " of "), result.warnings().toString());
        Element seeds = page().select("article > ul > li").get(1);
        assertEquals("herb", seeds.selectFirst("code").text());
        Element tools = page().select("article > p").stream().filter(p -> p.text().startsWith("Tools")).findFirst().orElseThrow();
        assertEquals(1, tools.select("br").size());
        assertTrue(tools.html().startsWith("Tools are provided<br> by the city."), tools.html());
    }

    @Test
    void aJavascriptLinkIsPlainTextAndMarkupTypedByTheTranslatorIsText() {
        article.translate("Please do not follow", "Ne suivez pas <script>alert('x')</script> ce vieux lien vers l'ancien formulaire.",
                "ce vieux", " vers");
        Document page = page();
        Element paragraph = page.select("article > p").stream().filter(p -> p.text().contains("Ne suivez")).findFirst().orElseThrow();
        assertEquals(0, page.select("script").size());
        assertEquals(0, paragraph.select("a").size());
        assertTrue(paragraph.text().contains("Ne suivez pas <script>alert('x')</script> ce vieux lien"), paragraph.text());
    }
}
