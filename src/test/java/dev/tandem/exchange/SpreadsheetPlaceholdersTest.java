package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and TSV carry a unit's tags as numbered placeholders, {1}…{/1} and {2/}, that a translator can move. */
class SpreadsheetPlaceholdersTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");
    private static final String READ = "Lisez le plan de plantation avant samedi.";

    @TempDir
    Path data;

    private Workbench workbench;
    private Segment read;
    private Segment call;

    @BeforeEach
    void importTheGardenArticle() throws IOException {
        workbench = garden(data.resolve("store"));
        List<Segment> segments = workbench.documents().document("garden").segments();
        read = segments.stream().filter(s -> s.text().startsWith("Read")).findFirst().orElseThrow();
        call = segments.stream().filter(s -> s.text().startsWith("Call")).findFirst().orElseThrow();
    }

    private Workbench garden(Path store) throws IOException {
        Path page = data.resolve("garden.html");
        try (InputStream input = getClass().getResourceAsStream("/fixtures/segmented/garden.html")) {
            Files.write(page, input.readAllBytes());
        }
        Workbench opened = ExchangeFixture.workbench(store);
        opened.documents().importFile(page, LanguageTag.of("en"), "garden");
        opened.translations().addLanguage("garden", FRENCH);
        return opened;
    }

    private static List<InlineCode> placed(Segment sentence, int... offsets) {
        List<InlineCode> codes = new ArrayList<>();
        for (int k = 0; k < offsets.length; k++) {
            codes.add(sentence.codes().get(k).at(offsets[k]));
        }
        return codes;
    }

    private void save(Workbench in, Segment sentence, String target, List<InlineCode> codes) {
        Unit unit = in.translations().translation("garden", FRENCH).unit(sentence.id()).orElseThrow();
        in.translations().save("garden", FRENCH, new UnitEdit(unit.id(), unit.rev(), target, Status.TRANSLATED, "Ana", null, codes));
    }

    private Unit unit(Workbench in, Segment sentence) {
        return in.translations().translation("garden", FRENCH).unit(sentence.id()).orElseThrow();
    }

    private String export(ExchangeFormat format) {
        return new String(workbench.exchange().export("garden", FRENCH, format, ExportOptions.defaults()).content(), StandardCharsets.UTF_8);
    }

    private ImportReport importText(Workbench into, String file, String name, ImportOptions options) {
        return into.exchange().importBilingual("garden", FRENCH, file.getBytes(StandardCharsets.UTF_8), name, options);
    }

    @Test
    void aSpreadsheetShowsTheTagsAsNumberedPlaceholdersAndATranslatorMovingAPairMovesTheLink() {
        save(workbench, read, READ, placed(read, 9, 27, 34, 40));
        save(workbench, call, "Appelez-nous à midi s'il pleut.", placed(call, 12));
        String csv = export(ExchangeFormat.CSV);
        assertTrue(csv.contains(",\"Read the {1}planting plan{/1} before {2}Saturday{/2}.\","
                + "\"Lisez le {1}plan de plantation{/1} avant {2}samedi{/2}.\","), csv);
        assertTrue(csv.contains("\"Call us{1/} at noon if it rains.\",\"Appelez-nous{1/} à midi s'il pleut.\","), csv);

        // The translator drags the link onto "le plan" in the spreadsheet and saves it as CSV.
        String edited = csv.replace("Lisez le {1}plan de plantation{/1} avant", "Lisez {1}le plan{/1} de plantation avant");
        ImportReport report = importText(workbench, edited, "garden.fr.csv", ImportOptions.defaults());

        assertEquals(1, report.filled(), report.summary());
        Unit moved = unit(workbench, read);
        assertEquals(READ, moved.target());
        assertEquals(placed(read, 6, 13, 34, 40), moved.codes(), "the link is now around \"le plan\", with its URL");
    }

    @Test
    void aTsvRoundTripsTheTagsIntoAFreshStore() throws IOException {
        save(workbench, read, READ, placed(read, 9, 27, 34, 40));
        save(workbench, call, "Appelez-nous à midi s'il pleut.", placed(call, 12));
        String tsv = export(ExchangeFormat.TSV);

        Workbench fresh = garden(data.resolve("fresh"));
        importText(fresh, tsv, "garden.fr.tsv", ImportOptions.defaults());
        assertEquals(unit(workbench, read).codes(), unit(fresh, read).codes());
        assertEquals(unit(workbench, call).codes(), unit(fresh, call).codes());
        assertEquals(READ, unit(fresh, read).target());
    }

    @Test
    void literalBracesAndBackslashesThatLookLikePlaceholdersComeBackAsTyped() throws IOException {
        String target = "{1} Lisez le plan\\ de plantation \\{/2} avant {samedi} \\\\{2/}.";
        int bold = target.indexOf("\\\\{2/}");
        List<InlineCode> codes = placed(read, target.indexOf(" de"), target.indexOf(" avant"), bold, bold + 6);
        save(workbench, read, target, codes);
        String csv = export(ExchangeFormat.CSV);
        assertTrue(csv.contains("\\{1} Lisez le plan\\\\{1} de plantation \\\\\\{/2}{/1} avant {samedi} {2}\\\\\\\\\\{2/}{/2}."), csv);

        Workbench fresh = garden(data.resolve("fresh"));
        importText(fresh, csv, "garden.fr.csv", ImportOptions.defaults());
        assertEquals(target, unit(fresh, read).target());
        assertEquals(codes, unit(fresh, read).codes());
    }

    @Test
    void aSentenceWithoutTagsKeepsItsBracesAsTextInBothDirections() throws IOException {
        Segment opens = workbench.documents().document("garden").segments().stream()
                .filter(s -> s.text().startsWith("The garden")).findFirst().orElseThrow();
        Segment gloves = workbench.documents().document("garden").segments().stream()
                .filter(s -> s.text().startsWith("Garden")).findFirst().orElseThrow();
        assertTrue(gloves.codes().isEmpty());
        save(workbench, gloves, "Nouvelles {1} du jardin {/2}", List.of());
        String csv = export(ExchangeFormat.CSV);
        assertTrue(csv.contains(",\"Garden news\",\"Nouvelles {1} du jardin {/2}\","), "written as it is: " + csv);
        assertFalse(opens.codes().isEmpty());

        // A spreadsheet made by hand, without ids: the source is matched as text, braces included.
        Workbench fresh = garden(data.resolve("fresh"));
        ImportReport report = importText(fresh, "source,target\r\nGarden news,Les {1} nouvelles {0/}\r\n", "hand.csv",
                ImportOptions.defaults());
        assertEquals(1, report.filled(), report.summary());
        assertEquals("Les {1} nouvelles {0/}", unit(fresh, gloves).target());
        assertEquals(List.of(), unit(fresh, gloves).codes());
        importText(fresh, csv, "garden.fr.csv", new ImportOptions(true, null, false));
        assertEquals("Nouvelles {1} du jardin {/2}", unit(fresh, gloves).target());
    }

    @Test
    void aSpreadsheetTargetWithAPlaceholderTheSourceDoesNotHaveIsRefusedUnlessImportedAsPlainText() {
        String csv = export(ExchangeFormat.CSV);
        String edited = csv.replace("Saturday{/2}.\",\"\",", "Saturday{/2}.\",\"Lisez {7}le plan{/7} avant samedi.\",");
        assertTrue(edited.contains("{7}"), csv);

        TandemException refused = assertThrows(TandemException.class,
                () -> importText(workbench, edited, "garden.fr.csv", ImportOptions.defaults()));
        assertTrue(refused.getMessage().contains(read.id()) && refused.getMessage().contains("--plain-text"), refused.getMessage());
        assertEquals("", unit(workbench, read).target());

        importText(workbench, edited, "garden.fr.csv", new ImportOptions(false, null, true));
        assertEquals("Lisez le plan avant samedi.", unit(workbench, read).target());
        assertEquals(List.of(), unit(workbench, read).codes());
    }

    @Test
    void aTargetThatLooksLikeAFormulaIsStillGuardedWithItsPlaceholders() throws IOException {
        String target = "=Lisez le plan de plantation avant samedi.";
        save(workbench, read, target, placed(read, 10, 28, 35, 41));
        String csv = export(ExchangeFormat.CSV);
        assertTrue(csv.contains(",\"'=Lisez le {1}plan de plantation{/1} avant {2}samedi{/2}.\","), csv);

        Workbench fresh = garden(data.resolve("fresh"));
        importText(fresh, csv, "garden.fr.csv", ImportOptions.defaults());
        assertEquals(target, unit(fresh, read).target());
        assertEquals(placed(read, 10, 28, 35, 41), unit(fresh, read).codes());
    }
    @Test
    void aHandMadeRowWithBracesFillsTheSentenceThatHasThemNotTheOneWithout() {
        workbench.documents().importContent("Press now.\n\nPress {0} now.\n".getBytes(StandardCharsets.UTF_8), "keys.txt",
                LanguageTag.of("en"), "keys");
        workbench.translations().addLanguage("keys", FRENCH);
        workbench.exchange().importBilingual("keys", FRENCH, "source,target\r\nPress {0} now.,Appuyez sur {0} maintenant.\r\n"
                .getBytes(StandardCharsets.UTF_8), "keys.csv", ImportOptions.defaults());

        List<Unit> units = workbench.translations().translation("keys", FRENCH).units();
        assertEquals(List.of("", "Appuyez sur {0} maintenant."), units.stream().map(Unit::target).toList());
    }
}
