package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.app.ReportedFinding;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaCommandTest {

    private static final LanguageTag FR = LanguageTag.of("fr");

    @TempDir
    Path data;

    private Workbench workbench;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withData = Stream.concat(Arrays.stream(args), Stream.of("--data", data.toString(), "--no-spelling")).toArray(String[]::new);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(withData);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void importNotice() throws Exception {
        workbench = Workbench.open(data);
        Path notice = data.resolve("notice.txt");
        Files.writeString(notice, "The meeting starts at 10 a.m. in room 42.\n\nIs the report ready?\n", StandardCharsets.UTF_8);
        workbench.documents().importFile(notice, LanguageTag.of("en"), "notice");
        workbench.translations().addLanguage("notice", FR);
    }

    private void translate(String first, String second) {
        List<Unit> units = workbench.translations().translation("notice", FR).units();
        workbench.translations().save("notice", FR, new UnitEdit(units.get(0).id(), units.get(0).rev(), first, Status.TRANSLATED, null, null));
        workbench.translations().save("notice", FR, new UnitEdit(units.get(1).id(), units.get(1).rev(), second, Status.TRANSLATED, null, null));
    }

    private String firstUnit() {
        return workbench.translations().translation("notice", FR).units().get(0).id();
    }

    @Test
    void cleanTranslationPassesTheStrictestGate() {
        translate("La réunion commence à 10\u00A0h dans la salle 42.", "Le rapport est-il prêt\u202F?");
        Result result = run("qa", "notice", "--to", "fr", "--fail-on", "warning");
        assertEquals(0, result.code(), result.out() + result.err());
        assertEquals("notice/fr: 0 errors, 0 warnings, 0 ignored, in 2 units\n", result.out());
    }

    @Test
    void droppedNumberFailsTheErrorGateWithExitOne() {
        translate("La réunion commence à 10\u00A0h dans la grande salle.", "Le rapport est-il prêt\u202F?");
        Result result = run("qa", "notice", "--fail-on", "error");
        assertEquals(1, result.code(), result.out());
        assertTrue(result.out().contains("notice/fr " + firstUnit() + "\terror\tnumbers\tThe number 42 of the source is not in the translation."), result.out());
        assertEquals("tandem: QA gate failed: findings at --fail-on error or worse\n", result.err());
    }

    @Test
    void warningsFailOnlyTheWarningGate() {
        translate("La réunion commence à 10\u00A0h dans la salle 42.", "Le rapport est-il prêt ?");
        assertEquals(0, run("qa", "notice", "--fail-on", "error").code());
        assertEquals(1, run("qa", "notice", "--fail-on", "warning").code());
        assertEquals(0, run("qa", "notice").code());
    }

    @Test
    void ignoredFindingIsKeptInTheStoreShownWithItsReasonAndNoLongerFailsTheGate() throws Exception {
        translate("La réunion commence à 10\u00A0h dans la grande salle.", "Le rapport est-il prêt\u202F?");
        ReportedFinding finding = workbench.quality().check("notice", FR, false).units().get(0).findings().get(0);
        workbench.quality().ignore("notice", FR, firstUnit(), finding.key(), "The room number is on the sign already", "Camille");
        assertTrue(Files.readString(data.resolve("notice/fr.qa.json")).contains("\"reason\": \"The room number is on the sign already\""));
        Result result = run("qa", "notice", "--fail-on", "error");
        assertEquals(0, result.code(), result.out());
        assertTrue(result.out().contains("\t(ignored: The room number is on the sign already, Camille)"), result.out());
        assertTrue(result.out().endsWith("notice/fr: 0 errors, 0 warnings, 1 ignored, in 2 units\n"), result.out());
    }

    @Test
    void jsonReportCarriesFindingsWithSpansAndTheGateVerdict() throws Exception {
        translate("La réunion commence à 10\u00A0h dans la grande salle.", "Le rapport est-il prêt\u202F?");
        Result result = run("qa", "notice", "--to", "fr", "--json", "--fail-on", "error");
        assertEquals(1, result.code());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertTrue(json.get("failed").asBoolean());
        JsonNode finding = json.get("reports").get(0).get("units").get(0).get("findings").get(0);
        assertEquals("numbers", finding.get("check").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals(38, finding.get("source").get(0).get("start").asInt());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Result badGate = run("qa", "notice", "--fail-on", "fatal");
        assertEquals(2, badGate.code());
        assertEquals("tandem: --fail-on must be error or warning, not fatal\n", badGate.err());
        Result missing = run("qa", "nothing-here");
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        Result noLanguage = run("qa", "notice", "--to", "de");
        assertEquals("tandem: notice has no translation into de (it has fr)\n", noLanguage.err());
    }
}
