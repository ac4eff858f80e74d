package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {

    private static final LanguageTag FR = LanguageTag.of("fr");

    @TempDir
    Path data;

    private Workbench workbench;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withData = Stream.concat(Arrays.stream(args), Stream.of("--data", data.toString())).toArray(String[]::new);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), withData).execute(withData);
        return new Result(code, out.toString(), err.toString());
    }

    private static void assertOneLineError(Result result) {
        assertEquals(2, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), "one line on stderr: " + result.err());
        assertTrue(result.err().startsWith("tandem: "), result.err());
    }

    @BeforeEach
    void seed() {
        workbench = TestWorkbench.withSeed(data);
        workbench.translations().addLanguage("seed", FR);
    }

    private void translate(int count, Status status) {
        List<Unit> units = workbench.translations().translation("seed", FR).units();
        for (Unit unit : units.subList(0, count)) {
            workbench.translations().save("seed", FR, new UnitEdit(unit.id(), unit.rev(), "traduit", status, null, null));
        }
    }

    @Test
    void gateFailsOnAPartlyTranslatedDocumentAndNamesIt() {
        translate(5, Status.TRANSLATED);
        Result result = run("coverage", "seed", "--lang", "fr", "--min", "100");
        assertEquals(1, result.code(), result.err());
        assertTrue(result.err().contains("seed/fr is "), result.err());
        assertTrue(result.err().contains("below --min 100"), result.err());
    }

    @Test
    void gatePassesWhenEverythingIsTranslated() {
        translate(39, Status.TRANSLATED);
        Result result = run("coverage", "seed", "--min", "100");
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
    }

    @Test
    void gateAtReviewedCountsOnlyReviewedOrFinal() {
        translate(39, Status.TRANSLATED);
        assertEquals(1, run("coverage", "--min", "100", "--status", "reviewed").code());
        translate(39, Status.REVIEWED);
        assertEquals(0, run("coverage", "--min", "100", "--status", "reviewed").code());
        assertEquals(1, run("coverage", "--min", "1", "--status", "final").code());
    }

    @Test
    void tableIsAlignedWithATotalRow() {
        translate(3, Status.TRANSLATED);
        Result result = run("coverage");
        assertEquals(0, result.code(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).startsWith("DOCUMENT"), result.out());
        assertTrue(lines.get(1).startsWith("seed "), result.out());
        assertTrue(lines.get(2).startsWith("TOTAL "), result.out());
        assertEquals(lines.get(0).length(), lines.get(1).length(), "columns line up:\n" + result.out());
        assertEquals(lines.get(0).length(), lines.get(2).length(), "columns line up:\n" + result.out());
        int end = lines.get(0).indexOf("TRANSLATED%") + "TRANSLATED%".length();
        double percent = Double.parseDouble(lines.get(1).substring(end - "TRANSLATED%".length(), end).strip());
        assertTrue(percent > 0 && percent < 100, "percent right-aligned under its header:\n" + result.out());
    }

    @Test
    void jsonHasEntriesAndTotalsThatAddUp() throws Exception {
        translate(4, Status.TRANSLATED);
        Result result = run("coverage", "seed", "--json");
        assertEquals(0, result.code(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        JsonNode entry = json.get("entries").get(0);
        assertEquals("seed", entry.get("document").asText());
        assertEquals("fr", entry.get("language").asText());
        assertEquals("words", entry.get("unit").asText());
        assertEquals(39, entry.get("segments").get("total").asInt());
        assertEquals(4, entry.get("segments").get("translated").asInt());
        JsonNode words = entry.get("words");
        assertEquals(words.get("total").asLong(), words.get("initial").asLong() + words.get("translated").asLong());
        assertTrue(words.get("translated").asLong() > 0);
        assertEquals(json.get("totals").get("words"), words);
    }

    @Test
    void unknownDocumentIsOneLineAndExitTwo() {
        Result result = run("coverage", "nope", "--min", "100");
        assertOneLineError(result);
        assertTrue(result.err().contains("no document nope"), result.err());
    }

    @Test
    void badOrMissingLanguageIsOneLineAndExitTwo() {
        assertOneLineError(run("coverage", "seed", "--lang", "12x"));
        assertOneLineError(run("coverage", "seed", "--lang", "en"));
        assertOneLineError(run("coverage", "--status", "done"));
        Result drafts = run("coverage", "--status", "initial");
        assertOneLineError(drafts);
        assertTrue(drafts.err().contains("--status must be translated, reviewed or final, not initial"), drafts.err());
        assertOneLineError(run("coverage", "--min", "150"));
        assertFalse(run("coverage", "seed", "--lang", "12x").err().contains("\tat "));
    }

    @Test
    void aLanguageNobodyStartedIsZeroPercentAndFailsTheGate() {
        Result table = run("coverage", "seed", "--lang", "de");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("seed/de: not started"), table.out());
        assertTrue(table.out().lines().anyMatch(line -> line.startsWith("seed ") && line.contains(" 0.0 ")), table.out());

        Result gate = run("coverage", "seed", "--lang", "de", "--min", "100");
        assertEquals(1, gate.code(), gate.err());
        assertEquals("tandem: seed/de is not started (0 %), below --min 100", gate.err().strip());
        assertEquals(1, run("coverage", "--lang", "de", "--min", "10").code());
    }

    @Test
    void aStoreWithNoTargetLanguageIsNotOneHundredPercent(@TempDir Path empty) throws Exception {
        Workbench bare = Workbench.open(empty);
        bare.documents().importFile(TestWorkbench.fixture("seed-article.txt"), LanguageTag.of("en"), "seed");
        Path saved = data;
        data = empty;
        try {
            Result table = run("coverage");
            assertEquals(0, table.code(), table.err());
            assertFalse(table.out().contains("100"), table.out());
            assertTrue(table.out().contains("nothing is translated (0 %)"), table.out());
            Result gate = run("coverage", "--min", "50");
            assertEquals(1, gate.code(), gate.err());
            assertEquals("tandem: nothing is translated yet (0 %), below --min 50", gate.err().strip());
            JsonNode totals = new ObjectMapper().readTree(run("coverage", "--json").out()).get("totals");
            assertEquals(0.0, totals.at("/percent/primary/translated").asDouble(-1), totals.toString());
            assertEquals(0.0, totals.at("/percent/words/final").asDouble(-1), totals.toString());
        } finally {
            data = saved;
        }
    }
}
