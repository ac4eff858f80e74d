package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineCodesImportCliTest {

    @TempDir
    Path data;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withData = Stream.concat(Arrays.stream(args), Stream.of("--data", data.resolve("store").toString())).toArray(String[]::new);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), withData).execute(withData);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void anXliffWhoseTagsDoNotMatchTheSourceIsRefusedInOneLineUnlessImportedAsPlainText() throws IOException {
        String unit = planSentence("Read the plan before Saturday, when the community garden opens its gates to everyone.");
        Path xliff = data.resolve("plan.fr.xlf");
        Files.writeString(xliff, "<?xml version=\"1.0\"?><xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""
                + " srcLang=\"en\" trgLang=\"fr\"><file id=\"plan\"><unit id=\"" + unit + "\"><segment state=\"translated\">"
                + "<source>Read the plan before Saturday, when the community garden opens its gates to everyone.</source>"
                + "<target>Lisez le <ph id=\"1\"/>plan avant samedi.</target></segment></unit></file></xliff>", StandardCharsets.UTF_8);

        assertRefusedInOneLineUnlessImportedAsPlainText(xliff, unit);
    }

    @Test
    void aSpreadsheetWhosePlaceholdersDoNotMatchTheSourceIsRefusedInOneLineUnlessImportedAsPlainText() throws IOException {
        String unit = planSentence("Read the <a href=\"https://example.org/plan\">plan</a> before Saturday, when the garden opens.");
        Path csv = data.resolve("plan.fr.csv");
        Files.writeString(csv, "id,source,target\r\n" + unit + ",\"Read the {1}plan{/1} before Saturday, when the garden opens.\","
                + "Lisez le {1}plan{/1} {2/}avant samedi.\r\n", StandardCharsets.UTF_8);

        assertRefusedInOneLineUnlessImportedAsPlainText(csv, unit);
    }

    /** The id of the sentence of a document "plan" whose one paragraph is {@code paragraph} (HTML). */
    private String planSentence(String paragraph) throws IOException {
        Path page = data.resolve("plan.html");
        Files.writeString(page, "<html lang=\"en\"><head><title>Plan</title></head><body><article><h1>Plan</h1><p>" + paragraph
                + "</p></article></body></html>");
        return Workbench.open(data.resolve("store")).documents().importFile(page, LanguageTag.of("en"), "plan").segments().get(1).id();
    }

    /** The file's tags for {@code unit} do not fit: exit 2 with the unit named, then imported without them ("Lisez le plan avant samedi."). */
    private void assertRefusedInOneLineUnlessImportedAsPlainText(Path file, String unit) {
        Result refused = run("import", file.toString(), "--doc", "plan", "--to", "fr");
        assertEquals(2, refused.code(), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains(unit) && refused.err().contains("--plain-text"), refused.err());

        Result plain = run("import", file.toString(), "--doc", "plan", "--to", "fr", "--plain-text");
        assertEquals(0, plain.code(), plain.err());
        assertEquals("Lisez le plan avant samedi.", Workbench.open(data.resolve("store")).translations()
                .translation("plan", LanguageTag.of("fr")).unit(unit).orElseThrow().target());
    }

    @Test
    void aStoreWrittenByANewerTandemIsRefusedInOneLineWithExit2() throws IOException {
        Workbench.open(data.resolve("store")).documents().importContent("One sentence here.".getBytes(StandardCharsets.UTF_8), "one.txt",
                LanguageTag.of("en"), "one");
        Files.writeString(data.resolve("store").resolve("store-format.json"), "{\"format\": 9}\n", StandardCharsets.UTF_8);

        Result refused = run("coverage");
        assertEquals(2, refused.code(), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("written by a newer Tandem (store format 9"), refused.err());
    }
}
