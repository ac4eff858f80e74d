package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The translated article: blocks rebuilt, untranslated units fall back to the source and are counted. */
class ArticleExportTest {

    @TempDir
    Path data;

    @Test
    void untranslatedUnitsFallBackToTheSourceAndAreCountedInAWarning() {
        Workbench workbench = ExchangeFixture.seededWithFrench(data);
        ExportResult text = workbench.exchange().export("seed", ExchangeFixture.FRENCH, ExchangeFormat.TXT, ExportOptions.defaults());
        assertEquals(39 - 4, text.sourceFallbacks());
        assertEquals(1, text.warnings().size());
        assertTrue(text.warnings().get(0).startsWith("35 of 39 units are not translated yet"), text.warnings().get(0));
        String article = new String(text.content(), StandardCharsets.UTF_8);
        assertTrue(article.startsWith("Kim Jong-Un en visite en Russie : un sommet avec Poutine\n\n"), article);
        assertEquals(workbench.documents().document("seed").blocks().size(), article.strip().split("\n\n").length);
    }

    @Test
    void markdownMarksTheTitleAndEscapesMarkup() {
        Workbench workbench = ExchangeFixture.seededWithFrench(data);
        var first = workbench.translations().translation("seed", ExchangeFixture.FRENCH).units().get(3);
        workbench.translations().save("seed", ExchangeFixture.FRENCH, new dev.tandem.model.UnitEdit(first.id(), first.rev(),
                "Un *faux* [lien](x) <script>", Status.TRANSLATED, null, null));
        String markdown = new String(workbench.exchange().export("seed", ExchangeFixture.FRENCH, ExchangeFormat.MD, ExportOptions.defaults())
                .content(), StandardCharsets.UTF_8);
        assertTrue(markdown.startsWith("# Kim Jong-Un en visite en Russie"), markdown);
        assertTrue(markdown.contains("Un \\*faux\\* \\[lien\\](x) \\<script\\>"), markdown);
    }

    @Test
    void fullyTranslatedArticleHasNoWarning() {
        Workbench workbench = ExchangeFixture.seededWithFrench(data);
        for (var unit : workbench.translations().translation("seed", ExchangeFixture.FRENCH).units()) {
            workbench.translations().save("seed", ExchangeFixture.FRENCH, new dev.tandem.model.UnitEdit(unit.id(), unit.rev(), "Phrase.", null, null, null));
        }
        ExportResult text = workbench.exchange().export("seed", ExchangeFixture.FRENCH, ExchangeFormat.TXT, ExportOptions.defaults());
        assertEquals(0, text.sourceFallbacks());
        assertEquals(java.util.List.of(), text.warnings());
    }

    @Test
    void japaneseSentencesOfAParagraphAreJoinedWithoutASpace() {
        Workbench workbench = ExchangeFixture.seededWithFrench(data);
        dev.tandem.model.LanguageTag japanese = dev.tandem.model.LanguageTag.of("ja");
        var units = workbench.translations().translation("seed", japanese).units();
        // Units 5 and 6 are the two sentences of the "On September 10…" paragraph.
        workbench.translations().save("seed", japanese, new dev.tandem.model.UnitEdit(units.get(4).id(), 0, "9月10日、彼は列車に乗った。", null, null, null));
        workbench.translations().save("seed", japanese, new dev.tandem.model.UnitEdit(units.get(5).id(), 0, "彼はロシアに到着した。", null, null, null));
        String article = new String(workbench.exchange().export("seed", japanese, ExchangeFormat.TXT, ExportOptions.defaults()).content(),
                StandardCharsets.UTF_8);
        assertTrue(article.contains("\n9月10日、彼は列車に乗った。彼はロシアに到着した。\n"), article);
    }

    @Test
    void tmxHoldsOnlyTranslatedUnitsAndStatusPicksTheMinimum() {
        Workbench workbench = ExchangeFixture.seededWithFrench(data);
        assertEquals(4, workbench.exchange().export("seed", ExchangeFixture.FRENCH, ExchangeFormat.TMX, ExportOptions.defaults()).units());
        assertEquals(2, workbench.exchange().export("seed", ExchangeFixture.FRENCH, ExchangeFormat.TMX,
                new ExportOptions(Status.REVIEWED, null)).units());
        assertEquals(39, workbench.exchange().export("seed", ExchangeFixture.FRENCH, ExchangeFormat.XLIFF, ExportOptions.defaults()).units());
        assertEquals(4, workbench.exchange().export("seed", ExchangeFixture.FRENCH, ExchangeFormat.CSV, new ExportOptions(null, false)).units());
    }
}
