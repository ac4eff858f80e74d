package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.SourceHash;
import dev.tandem.model.SpreadsheetCells;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing bilingual files into a store that already holds work: nothing is overwritten silently. */
class BilingualImportTest {

    @TempDir
    Path data;

    private Workbench workbench;

    @BeforeEach
    void seed() {
        workbench = ExchangeFixture.seededWithFrench(data);
    }

    private Unit unit(int index) {
        return workbench.translations().translation("seed", ExchangeFixture.FRENCH).units().get(index);
    }

    private ExportResult export(ExchangeFormat format) {
        return workbench.exchange().export("seed", ExchangeFixture.FRENCH, format, ExportOptions.defaults());
    }

    private static byte[] edited(ExportResult file, String from, String to) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void targetEditedElsewhereFillsTheUnitAndBumpsItsRevision() {
        ExportResult xliff = export(ExchangeFormat.XLIFF);
        byte[] content = edited(xliff, "<segment state=\"initial\">\n        <source xml:space=\"preserve\">North Korea is increasing",
                "<segment state=\"reviewed\">\n        <source xml:space=\"preserve\">North Korea is increasing");
        content = new String(content, StandardCharsets.UTF_8).replace("year by year.</source>",
                "year by year.</source>\n        <target>La Corée du Nord renforce son armée.</target>").getBytes(StandardCharsets.UTF_8);
        ImportReport report = workbench.exchange().importBilingual("seed", ExchangeFixture.FRENCH, content, "back.xlf", new ImportOptions(false, "Chloé"));

        assertEquals(1, report.filled(), report.summary());
        assertEquals(0, report.unmatched());
        Unit filled = unit(1);
        assertEquals("La Corée du Nord renforce son armée.", filled.target());
        assertEquals(Status.REVIEWED, filled.status());
        assertEquals(1, filled.rev());
        assertEquals("Chloé", filled.by());
        assertEquals(ExchangeFixture.NOW, filled.updated());
        assertEquals(SourceHash.of("North Korea is increasing its military power year by year."), filled.sourceHash());
    }

    @Test
    void unitSavedInTandemAfterTheExportIsSkippedUnlessOverwriteIsAsked() {
        ExportResult csv = export(ExchangeFormat.CSV);
        Unit title = unit(0);
        workbench.translations().save("seed", ExchangeFixture.FRENCH, new UnitEdit(title.id(), title.rev(), "Titre revu dans Tandem", Status.FINAL, "Ana", null));
        byte[] content = edited(csv, "Kim Jong-Un en visite en Russie : un sommet avec Poutine", "Titre changé dans le tableur");

        ImportReport report = workbench.exchange().importBilingual("seed", ExchangeFixture.FRENCH, content, "back.csv", ImportOptions.defaults());
        assertEquals(1, report.skippedNewer(), report.summary());
        assertEquals("Titre revu dans Tandem", unit(0).target());

        ImportReport forced = workbench.exchange().importBilingual("seed", ExchangeFixture.FRENCH, content, "back.csv", new ImportOptions(true, null));
        assertEquals(1, forced.filled(), forced.summary());
        assertEquals("Titre changé dans le tableur", unit(0).target());
        assertEquals(3, unit(0).rev());
    }

    @Test
    void foreignFileMatchesBySourceTextAndKeepsExistingTargets() {
        String tsv = "source\ttarget\n"
                + "North Korea is increasing   its military power year by year.\tLa Corée du Nord s'arme.\n"
                + "Kim Jong-Un on a visit to Russia holds a summit with Putin…to be dispatched to the Ukrainian front, a surprising"
                + " role “imposed on 50,000 North Korean soldiers”.\tUn autre titre\n"
                + "A sentence that is not in the article.\tUne phrase absente.\n";
        ImportReport report = workbench.exchange().importBilingual("seed", ExchangeFixture.FRENCH, tsv.getBytes(StandardCharsets.UTF_8),
                "memory.tsv", ImportOptions.defaults());

        assertEquals(3, report.units());
        assertEquals(2, report.matched(), report.summary());
        assertEquals(1, report.filled());
        assertEquals(1, report.skippedExisting());
        assertEquals(1, report.unmatched());
        assertEquals("La Corée du Nord s'arme.", unit(1).target());
        assertEquals(Status.TRANSLATED, unit(1).status());
        assertEquals("Kim Jong-Un en visite en Russie : un sommet avec Poutine", unit(0).target());
    }

    @Test
    void reimportingAnUnchangedExportChangesNothing() {
        for (ExchangeFormat format : new ExchangeFormat[] {ExchangeFormat.TMX, ExchangeFormat.XLIFF, ExchangeFormat.XLIFF12,
                ExchangeFormat.CSV, ExchangeFormat.TSV}) {
            Translation before = workbench.translations().translation("seed", ExchangeFixture.FRENCH);
            ExportResult file = export(format);
            ImportReport report = workbench.exchange().importBilingual("seed", ExchangeFixture.FRENCH, file.content(), file.fileName(),
                    ImportOptions.defaults());
            assertEquals(0, report.filled(), format + ": " + report.summary());
            assertEquals(before, workbench.translations().translation("seed", ExchangeFixture.FRENCH), format.label());
        }
    }

    @Test
    void spreadsheetFormulaIsNeutralisedOnExportAndRestoredOnImport() {
        ExportResult csv = export(ExchangeFormat.CSV);
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"'=Il est arrivé en Russie\","), text);

        Workbench fresh = ExchangeFixture.workbench(data.resolve("fresh"));
        fresh.documents().importFile(dev.tandem.TestWorkbench.fixture("seed-article.txt"), LanguageTag.of("en"), "seed");
        fresh.exchange().importBilingual("seed", ExchangeFixture.FRENCH, csv.content(), "seed.fr.csv", ImportOptions.defaults());
        assertEquals("=Il est arrivé en Russie", fresh.translations().translation("seed", ExchangeFixture.FRENCH).units().get(5).target());
    }

    @Test
    void cellsThatMightBeFormulasRoundTripExactly() {
        for (String cell : new String[] {"=1+1", "+33 1 23", "-5", "@SUM(A1)", "\tindented", "\rreturn", "'=already quoted",
                "''=two", "'plain apostrophe", "plain", ""}) {
            assertEquals(cell, SpreadsheetCells.restore(SpreadsheetCells.neutralise(cell)), cell);
            String neutral = SpreadsheetCells.neutralise(cell);
            assertTrue(neutral.isEmpty() || "=+-@\t\r".indexOf(neutral.charAt(0)) < 0, "starts safely: " + neutral);
        }
    }

    @Test
    void languageIsTakenFromTheFileWhenNotGiven() {
        ExportResult xliff = workbench.exchange().export("seed", LanguageTag.of("pt-BR"), ExchangeFormat.XLIFF12, ExportOptions.defaults());
        byte[] content = edited(xliff, "year by year.</source>", "year by year.</source>\n        <target state=\"final\">A Coreia do Norte se arma.</target>");
        ImportReport report = workbench.exchange().importBilingual("seed", null, content, "pt.xlf", ImportOptions.defaults());
        assertEquals("pt-BR", report.language());
        assertEquals(Status.FINAL, workbench.translations().translation("seed", LanguageTag.of("pt-BR")).units().get(1).status());
    }
}
