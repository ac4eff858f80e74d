package dev.tandem.cli;

import static dev.tandem.cli.CliTest.assertOneLineError;
import static dev.tandem.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import --doc}: the command-line contract. */
class ExchangeCliTest {

    @TempDir
    Path folder;

    private Path data;

    @BeforeEach
    void seed() {
        data = folder.resolve("translations");
        Workbench workbench = TestWorkbench.withSeed(data);
        Unit title = workbench.translations().translation("seed", LanguageTag.of("fr")).units().get(0);
        workbench.translations().save("seed", LanguageTag.of("fr"), new UnitEdit(title.id(), 0, "Kim Jong-Un en Russie", Status.REVIEWED, "Ana", null));
    }

    @Test
    void exportWritesTheFileNamedByOutput() throws IOException {
        Path tmx = folder.resolve("seed.tmx");
        CliTest.Result result = run("export", "seed", "--to", "fr", "--format", "tmx", "-o", tmx.toString(), "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        String content = Files.readString(tmx, StandardCharsets.UTF_8);
        assertTrue(content.contains("<seg>Kim Jong-Un en Russie</seg>"), content);
    }

    @Test
    void exportWithoutOutputPrintsTheFile() {
        CliTest.Result result = run("export", "seed", "--to", "fr", "--format", "csv", "--status", "reviewed", "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(2, result.lines().size(), result.out());
        assertTrue(result.lines().get(0).startsWith("id,source,target,status"), result.out());
    }

    @Test
    void articleExportWarnsOnStderrAboutUntranslatedUnitsAndSucceeds() {
        CliTest.Result result = run("export", "seed", "--to", "fr", "--format", "md", "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("# Kim Jong-Un en Russie"), result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("tandem: warning: 38 of 39 units are not translated yet"), result.err());
    }

    @Test
    void exportOfAnUnknownDocumentIsOneLineAndExitTwo() {
        CliTest.Result result = run("export", "nope", "--to", "fr", "--format", "tmx", "--data", data.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("no document nope"), result.err());
    }

    @Test
    void exportInAnUnknownFormatIsOneLineAndExitTwo() {
        CliTest.Result result = run("export", "seed", "--to", "fr", "--format", "pdf", "--data", data.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("unknown export format 'pdf'"), result.err());
    }

    @Test
    void translatedArticleAsAWebPagePrintsTheHtmlInTheTargetLanguage() {
        CliTest.Result result = run("export", "seed", "--to", "fr", "--format", "article-html", "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), result.out());
        assertTrue(result.out().contains("<title>Kim Jong-Un en Russie</title>"), result.out());
        assertTrue(result.err().startsWith("tandem: warning: 38 of 39 units are not translated yet"), result.err());
    }

    @Test
    void translatedArticleAsDocxIsWrittenToTheNamedFileAndNeverToTheTerminal() throws IOException {
        CliTest.Result refused = run("export", "seed", "--to", "fr", "--format", "docx", "--data", data.toString());
        assertOneLineError(refused);
        assertTrue(refused.err().contains("name a file with -o FILE.docx"), refused.err());

        Path docx = folder.resolve("seed.fr.docx");
        CliTest.Result written = run("export", "seed", "--to", "fr", "--format", "docx", "-o", docx.toString(), "--data", data.toString());
        assertEquals(0, written.code(), written.err());
        byte[] content = Files.readAllBytes(docx);
        assertEquals("PK", new String(content, 0, 2, StandardCharsets.US_ASCII), "a DOCX is a zip package");
    }

    @Test
    void exportWithAnUnknownStatusIsOneLineAndExitTwo() {
        assertOneLineError(run("export", "seed", "--to", "fr", "--format", "tmx", "--status", "done", "--data", data.toString()));
    }

    @Test
    void bilingualImportFillsTargetsAndPrintsTheReport() throws IOException {
        Path csv = folder.resolve("done.csv");
        Files.writeString(csv, "source,target,status\r\n"
                + "North Korea is increasing its military power year by year.,La Corée du Nord s'arme.,final\r\n", StandardCharsets.UTF_8);
        CliTest.Result result = run("import", csv.toString(), "--doc", "seed", "--to", "fr", "--by", "Chloé", "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("(fr): 1 units in the file: 1 matched, 1 filled"), result.out());
        Unit filled = Workbench.open(data).translations().translation("seed", LanguageTag.of("fr")).units().get(1);
        assertEquals("La Corée du Nord s'arme.", filled.target());
        assertEquals(Status.FINAL, filled.status());
        assertEquals("Chloé", filled.by());
    }

    @Test
    void exportedXliffImportsBackWithoutNamingTheLanguage() {
        Path xliff = folder.resolve("seed.fr.xlf");
        assertEquals(0, run("export", "seed", "--to", "fr", "--format", "xliff", "-o", xliff.toString(), "--data", data.toString()).code());
        CliTest.Result result = run("import", xliff.toString(), "--doc", "seed", "--data", data.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("(fr): 39 units in the file: 39 matched, 0 filled, 39 unchanged"), result.out());
    }

    @Test
    void bilingualImportOfMalformedXmlIsOneLineAndExitTwo() throws IOException {
        Path broken = folder.resolve("broken.xlf");
        Files.writeString(broken, "<xliff version=\"2.1\"><file>", StandardCharsets.UTF_8);
        CliTest.Result result = run("import", broken.toString(), "--doc", "seed", "--to", "fr", "--data", data.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("not well-formed XML"), result.err());
    }

    @Test
    void csvImportWithoutTargetLanguageIsOneLineAndExitTwo() throws IOException {
        Path csv = folder.resolve("x.csv");
        Files.writeString(csv, "source,target\r\na,b\r\n", StandardCharsets.UTF_8);
        CliTest.Result result = run("import", csv.toString(), "--doc", "seed", "--data", data.toString());
        assertOneLineError(result);
        assertTrue(result.err().contains("--to"), result.err());
    }
}
