package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.InlineCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The translated article as Markdown keeps links, emphasis, inline code and line breaks as CommonMark writes them. */
class TranslatedArticleMarkdownTest {

    @TempDir
    Path folder;

    private ArticleFixture article;

    @BeforeEach
    void importAndTranslate() {
        article = ArticleFixture.imported(folder);
        article.translateMost();
    }

    private List<String> blocks() {
        return List.of(article.exportText(ExchangeFormat.MD).strip().split("\n\n"));
    }

    @Test
    void linksAndBoldAreWrittenAsMarkdownWhereTheTranslatorPutThem() {
        assertEquals("Lisez le [plan de plantation](https://example.org/plan?a=1&b=2) avant **samedi**, quand le jardin ouvre ses portes"
                + " à tout le quartier.", blocks().get(1));
    }

    @Test
    void blocksKeepTheirMarkersAndInlineCodeAndLineBreaksAreKept() {
        List<String> blocks = blocks();
        assertEquals("# Nouvelles du jardin", blocks.get(0));
        assertEquals("## Quoi apporter", blocks.get(2));
        assertEquals("- Apportez des *gants* et une bouteille d'eau pour la longue matinée dans les carrés.", blocks.get(3));
        assertEquals("- Bring seeds for the `herb` beds, which the children will plant with an adult.", blocks.get(4));
        assertEquals("> Les jardins sont faits par ceux qui reviennent chaque semaine.", blocks.get(5));
        assertEquals("*The old depot in spring, before the first beds were dug.*", blocks.get(6));
        assertTrue(blocks.get(7).startsWith("Tools are provided\\\nby the city. Please do not follow this old link"), blocks.get(7));
    }

    @Test
    void markdownCharactersTypedByTheTranslatorAreEscapedInsideAndOutsideTheCodes() {
        article.translate("Read the planting plan", "Lisez le *plan* [x](y) avant samedi_matin, à 10 &amp; 11 h.",
                "*plan*", " [x]", "samedi", ", à");
        assertEquals("Lisez le [\\*plan\\*](https://example.org/plan?a=1&b=2) \\[x\\](y) avant **samedi\\_matin**, à 10 \\&amp; 11 h.",
                blocks().get(1));
    }

    @Test
    void whiteSpaceInsideEmphasisIsMovedOutsideSoTheEmphasisStillCounts() {
        article.translate("Bring gloves", "Apportez des gants et de l'eau.", " gants ", "et");
        assertEquals("- Apportez des *gants* et de l'eau.", blocks().get(3));
    }

    @Test
    void theMarkdownReadBackByTandemHasTheSameSentencesAndTheCodesAroundTheSameWords() throws Exception {
        article.translate("Read the planting plan", "Lisez le *plan* [x](y) avant samedi_matin, à 10 &amp; 11 h.",
                "*plan*", " [x]", "samedi", ", à");
        Path markdown = java.nio.file.Files.write(folder.resolve("garden.fr.md"), article.export(ExchangeFormat.MD).content());
        dev.tandem.model.Document back = article.workbench.documents().importFile(markdown, ArticleFixture.FRENCH, "garden-fr");

        dev.tandem.model.Segment read = back.segments().stream().filter(s -> s.text().startsWith("Lisez")).findFirst().orElseThrow();
        dev.tandem.model.Unit written = article.unit("Read the planting plan");
        assertEquals(written.target(), read.text());
        assertEquals(written.codes().stream().map(code -> code.kind() + "@" + code.at() + ":" + code.type()).toList(),
                read.codes().stream().map(code -> code.kind() + "@" + code.at() + ":" + code.type()).toList());
        assertEquals("<a href=\"https://example.org/plan?a=1&amp;b=2\">", read.codes().get(0).data());
        dev.tandem.model.Segment tools = back.segments().stream().filter(s -> s.text().startsWith("Tools")).findFirst().orElseThrow();
        assertEquals(List.of(InlineCode.LINE_BREAK), tools.codes().stream().map(InlineCode::type).toList());
    }

    @Test
    void aLinkThatMayNotBeFollowedIsPlainText() {
        assertTrue(blocks().get(7).contains("follow this old link to"), blocks().get(7));
    }
}
