package dev.tandem.cli;

import static dev.tandem.cli.CliTest.assertOneLineError;
import static dev.tandem.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Imports never replace a document or lose a translation without being asked to. */
class SafeImportCliTest {

    private static final LanguageTag FR = LanguageTag.of("fr");
    private static final String GARDEN = "Community garden opens\n\nThe new garden on Elm Street opened on Saturday."
            + " Volunteers planted forty trees.\n\nThe mayor thanked everyone who helped.\n";
    private static final String OTHER_GARDEN = "Garden news\n\nA storm damaged the greenhouse last night."
            + " Repairs will take a week.\n";

    @TempDir
    Path folder;

    private Path data;

    @BeforeEach
    void seed() {
        data = folder.resolve("translations");
        Workbench workbench = TestWorkbench.withSeed(data);
        List<Unit> units = workbench.translations().translation("seed", FR).units();
        for (int i = 0; i < 5; i++) {
            workbench.translations().save("seed", FR, new UnitEdit(units.get(i).id(), 0, "Traduction " + i, Status.REVIEWED, "Ana", null));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "tsv", "xliff", "xliff12", "tmx"})
    void bilingualFileImportedWithoutDocIsRefusedWithTheCommandThatFillsTheTranslation(String format) {
        Path exported = folder.resolve("seed." + (format.startsWith("xliff") ? "xlf" : format));
        assertEquals(0, run("export", "seed", "--to", "fr", "--format", format, "-o", exported.toString(), "--data", data.toString()).code());

        CliTest.Result result = run("import", exported.toString(), "--data", data.toString());

        assertOneLineError(result);
        assertTrue(result.err().contains("is a bilingual"), result.err());
        assertTrue(result.err().contains("run: tandem import --doc seed --to fr " + exported), result.err());
        Workbench after = Workbench.open(data);
        Document seed = after.documents().document("seed");
        assertEquals(39, seed.segments().size());
        assertEquals("en", seed.sourceLanguage());
        assertEquals(5, after.translations().translation("seed", FR).units().stream().filter(Unit::hasTarget).count());
    }

    @Test
    void xliffWithAnXmlExtensionIsRecognisedByItsRoot() {
        Path exported = folder.resolve("seed.xml");
        assertEquals(0, run("export", "seed", "--to", "fr", "--format", "xliff", "-o", exported.toString(), "--data", data.toString()).code());
        CliTest.Result result = run("import", exported.toString(), "--id", "other", "--data", data.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("tandem import --doc seed --to fr"), result.err());
        assertFalse(Files.exists(data.resolve("other")));
    }

    @Test
    void bilingualFileOfNoKnownDocumentNamesPlaceholders() throws IOException {
        Path csv = folder.resolve("glossary.csv");
        Files.writeString(csv, "source,target\r\nHello,Bonjour\r\n", StandardCharsets.UTF_8);
        CliTest.Result result = run("import", csv.toString(), "--data", data.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("run: tandem import --doc DOC --to LANG " + csv), result.err());
    }

    @Test
    void csvWithoutSourceAndTargetColumnsIsStillAnArticle() throws IOException {
        Path csv = folder.resolve("figures.csv");
        Files.writeString(csv, "city,population\r\nOslo,700000\r\n", StandardCharsets.UTF_8);
        CliTest.Result result = run("import", csv.toString(), "--lang", "en", "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("figures: "), result.out());
    }

    @Test
    void differentArticleWhoseIdIsTakenIsRefusedNamingTheExistingDocument() throws IOException {
        Path first = write("garden-news.txt", GARDEN);
        assertEquals(0, run("import", first.toString(), "--lang", "en", "--data", data.toString()).code());
        Workbench workbench = Workbench.open(data);
        for (Unit unit : workbench.translations().translation("garden-news", FR).units().subList(0, 2)) {
            workbench.translations().save("garden-news", FR, new UnitEdit(unit.id(), 0, "Traduit", Status.TRANSLATED, "Ana", null));
        }
        Path other = write("later/garden-news.txt", OTHER_GARDEN);

        CliTest.Result result = run("import", other.toString(), "--lang", "en", "--data", data.toString());

        assertOneLineError(result);
        assertEquals("tandem: garden-news exists: 'Community garden opens', 2 units translated into fr; use --replace to import"
                + " this file as its new version, or --id to import it as another document", result.err().strip());
        Translation kept = Workbench.open(data).translations().translation("garden-news", FR);
        assertEquals(List.of("Traduit", "Traduit"), kept.units().stream().filter(Unit::hasTarget).map(Unit::target).toList());
        assertEquals("Community garden opens", Workbench.open(data).documents().document("garden-news").title());
    }

    @Test
    void theSameFileImportedAgainChangesNothing() throws IOException {
        Path first = write("garden-news.txt", GARDEN);
        assertEquals(0, run("import", first.toString(), "--lang", "en", "--data", data.toString()).code());
        CliTest.Result again = run("import", first.toString(), "--lang", "en", "--data", data.toString());
        assertEquals(0, again.code(), again.err());
    }

    @Test
    void replaceImportsTheFileAsTheDocumentsNewVersionKeepingUnchangedSentences() throws IOException {
        Path first = write("garden-news.txt", GARDEN);
        assertEquals(0, run("import", first.toString(), "--lang", "en", "--data", data.toString()).code());
        Workbench workbench = Workbench.open(data);
        Unit mayor = workbench.translations().translation("garden-news", FR).units().get(3);
        workbench.translations().save("garden-news", FR, new UnitEdit(mayor.id(), 0, "Le maire a remercié tout le monde.", Status.TRANSLATED, "Ana", null));
        Path changed = write("v2/garden-news.txt", GARDEN.replace("forty", "fifty"));

        CliTest.Result result = run("import", changed.toString(), "--lang", "en", "--replace", "--data", data.toString());

        assertEquals(0, result.code(), result.err());
        Translation after = Workbench.open(data).translations().translation("garden-news", FR);
        assertTrue(after.units().stream().anyMatch(unit -> unit.target().equals("Le maire a remercié tout le monde.")));
        assertTrue(Workbench.open(data).documents().document("garden-news").text().contains("fifty"));
    }

    @Test
    void idImportsTheFileAsAnotherDocument() throws IOException {
        assertEquals(0, run("import", write("garden-news.txt", GARDEN).toString(), "--lang", "en", "--data", data.toString()).code());
        CliTest.Result result = run("import", write("b/garden-news.txt", OTHER_GARDEN).toString(), "--lang", "en",
                "--id", "garden-news-storm", "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        Workbench workbench = Workbench.open(data);
        assertEquals("Community garden opens", workbench.documents().document("garden-news").title());
        assertEquals("Garden news", workbench.documents().document("garden-news-storm").title());
    }

    @Test
    void spreadsheetRoundTripMarksFilledTargetsTranslated() throws IOException {
        Path csv = folder.resolve("seed.fr.csv");
        assertEquals(0, run("export", "seed", "--to", "fr", "--format", "csv", "-o", csv.toString(), "--data", data.toString()).code());
        CsvMapper mapper = new CsvMapper();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> read = mapper.readerForMapOf(String.class).with(header).readValues(csv.toFile())) {
            read.forEachRemaining(row -> rows.add(new LinkedHashMap<>(row)));
        }
        int filled = 0;
        for (Map<String, String> row : rows) {
            if (row.get("target").isEmpty() && filled < 4) {
                assertEquals("initial", row.get("status"));
                row.put("target", "Rempli " + filled++);
            }
        }
        CsvSchema.Builder columns = CsvSchema.builder().setUseHeader(true);
        rows.get(0).keySet().forEach(columns::addColumn);
        mapper.writer(columns.build()).writeValue(csv.toFile(), rows);

        CliTest.Result result = run("import", csv.toString(), "--doc", "seed", "--to", "fr", "--data", data.toString());

        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("4 filled"), result.out());
        assertTrue(result.out().contains("matched units now 30 initial, 4 translated, 5 reviewed"), result.out());
        List<Unit> units = Workbench.open(data).translations().translation("seed", FR).units();
        assertEquals(4, units.stream().filter(unit -> unit.target().startsWith("Rempli") && unit.status() == Status.TRANSLATED).count());
    }

    @Test
    void bilingualImportThatMatchesNothingIsExitTwoSayingTheFileIsForAnotherDocument() throws IOException {
        Path csv = write("other.csv", "source,target\r\nNothing like the seed.,Rien.\r\nNor this.,Ni ça.\r\n");
        CliTest.Result result = run("import", csv.toString(), "--doc", "seed", "--to", "fr", "--data", data.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("none of its 2 units matched a sentence of seed; the file is for another document"), result.err());
    }

    @Test
    void batchImportImportsEveryGoodFileAndReportsEachFailureOnItsOwnLine() throws IOException {
        Path a = write("a.txt", "Alpha news\n\nThe first story is short.\n");
        Path broken = write("broken.pdf", "%PDF-1.4 this is not a PDF at all");
        Path missing = folder.resolve("missing.docx");
        Path c = write("c.txt", "Gamma news\n\nThe third story is short too.\n");

        CliTest.Result result = run("import", a.toString(), broken.toString(), missing.toString(), c.toString(), "--lang", "en",
                "--data", data.toString());

        assertEquals(2, result.code(), result.err());
        List<String> errors = result.err().lines().toList();
        assertEquals(3, errors.size(), result.err());
        assertTrue(errors.get(0).startsWith("tandem: broken.pdf"), result.err());
        assertTrue(errors.get(1).contains("no such file"), result.err());
        assertEquals("tandem: 2 of 4 imported", errors.get(2));
        assertFalse(result.err().contains("\tat "));
        Workbench workbench = Workbench.open(data);
        assertEquals("Alpha news", workbench.documents().document("a").title());
        assertEquals("Gamma news", workbench.documents().document("c").title());
    }

    @Test
    void batchOfMoreThanAHandfulOfFilesShowsProgress() throws IOException {
        List<String> args = new ArrayList<>(List.of("import"));
        for (int i = 1; i <= 7; i++) {
            args.add(write("story-" + i + ".txt", "Story " + i + "\n\nSomething happened in town number " + i + ".\n").toString());
        }
        args.addAll(List.of("--lang", "en", "--data", data.toString()));
        CliTest.Result result = run(args.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        assertEquals(7, result.lines().size(), result.out());
        assertTrue(result.lines().get(0).startsWith("[1/7] story-1: "), result.out());
        assertTrue(result.lines().get(6).startsWith("[7/7] story-7: "), result.out());
    }

    @Test
    void aligningATranslationKeepsWhatATranslatorDidAndSaysSoUnlessAskedToReplaceIt() {
        Path french = TestWorkbench.fixture("seed-article.fr.txt");

        CliTest.Result kept = run("import", french.toString(), "--doc", "seed", "--to", "fr", "--align", "--data", data.toString());

        assertEquals(0, kept.code(), kept.err());
        assertTrue(kept.lines().get(0).endsWith(" filled, 5 kept because a translator already worked on them"), kept.out());
        assertTrue(kept.out().contains("  kept "), kept.out());
        List<Unit> units = Workbench.open(data).translations().translation("seed", FR).units();
        assertEquals("Traduction 1", units.get(1).target());

        CliTest.Result replaced = run("import", french.toString(), "--doc", "seed", "--to", "fr", "--align", "--replace-human-work",
                "--data", data.toString());

        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(replaced.lines().get(0).endsWith(", 0 kept because a translator already worked on them"), replaced.out());
        assertFalse(Workbench.open(data).translations().translation("seed", FR).units().get(1).target().equals("Traduction 1"));
        assertOneLineError(run("import", french.toString(), "--doc", "seed", "--replace-human-work", "--data", data.toString()));
    }

    @Test
    void aFileThatDeclaresNoLanguageIsImportedInTheDetectedOneAndTheOutputSaysSo() throws IOException {
        Path polish = write("wiadomosci.txt", "Nowy ogród społeczny\n\nW sobotę przy ulicy Wiązowej otwarto nowy ogród społeczny."
                + " Wolontariusze posadzili czterdzieści drzew i kilkaset krzewów, a dzieci z pobliskiej szkoły pomagały"
                + " przy podlewaniu. Burmistrz podziękował wszystkim, którzy pracowali przy tym projekcie przez całe lato.\n");
        CliTest.Result result = run("import", polish.toString(), "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().strip().endsWith("; language not declared; detected pl; use --lang to override"), result.out());
        assertEquals("pl", Workbench.open(data).documents().document("wiadomosci").sourceLanguage());

        CliTest.Result chosen = run("import", polish.toString(), "--id", "chosen", "--lang", "pl", "--data", data.toString());
        assertFalse(chosen.out().contains("detected"), chosen.out());
    }

    @Test
    void aFileTooShortToTellAsksForTheLanguage() throws IOException {
        CliTest.Result result = run("import", write("short.txt", "Ok.\n").toString(), "--data", data.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("the language is not declared in the file"), result.err());
        assertTrue(result.err().contains("--lang"), result.err());
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve("files").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
