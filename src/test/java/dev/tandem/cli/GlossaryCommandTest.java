package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCommandTest {

    @TempDir
    Path data;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withData = Stream.concat(Arrays.stream(args), Stream.of("--data", data.toString())).toArray(String[]::new);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(withData);
        return new Result(code, out.toString(), err.toString());
    }

    private Path copy(String resource) throws Exception {
        try (InputStream input = getClass().getResourceAsStream("/terms/" + resource)) {
            Path file = data.resolve(resource);
            Files.write(file, input.readAllBytes());
            return file;
        }
    }

    @Test
    void importedTbxIsListedAndStoredAsDiffableJson() throws Exception {
        Result imported = run("glossary", "import", copy("memoq-export.tbx").toString(), "--to", "fr");
        assertEquals(0, imported.code(), imported.err());
        assertEquals("3 terms imported from memoq-export.tbx (1 language pair)\n", imported.out());
        Result list = run("glossary", "list");
        assertEquals("t1\ten-US→fr-FR\ttranslation memory\tmémoire de traduction\tpreferred\tnoun\n"
                + "t2\ten-US→fr-FR\ttranslation memory\tmémoire traductionnelle\tforbidden\tnoun\n"
                + "t3\ten-US→fr-FR\tfile\tfichier\tadmitted\n", list.out());
        String stored = Files.readString(data.resolve("glossary.json"));
        assertTrue(stored.startsWith("{\n  \"terms\": [\n"), stored);
        assertTrue(stored.endsWith("}\n"));
    }

    @Test
    void importingTheSameFileTwiceDoesNotDoubleTheTerms() throws Exception {
        Path file = copy("weblate-cs.tbx");
        run("glossary", "import", file.toString());
        run("glossary", "import", file.toString());
        assertEquals(2, run("glossary", "list").out().lines().count());
    }

    @Test
    void exportedCsvHasTheLanguagesInItsHeader() throws Exception {
        run("glossary", "import", copy("tbx-v3-basic.tbx").toString());
        Path out = data.resolve("out.csv");
        assertEquals(0, run("glossary", "export", out.toString()).code());
        assertEquals("en,es,partOfSpeech,note,status\nspell checker,corrector ortográfico,noun,Masculine.,preferred\n"
                + "spell checker,chequeador,noun,,forbidden\n", Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void unreadableFilesAreOneLineErrorsWithExitTwo() throws Exception {
        Path bad = data.resolve("terms.tbx");
        Files.writeString(bad, "<martif><text>");
        Result malformed = run("glossary", "import", bad.toString());
        assertEquals(2, malformed.code());
        assertEquals(1, malformed.err().lines().count(), malformed.err());
        assertTrue(malformed.err().startsWith("tandem: terms.tbx: not well-formed XML"), malformed.err());
        Path other = data.resolve("terms.docx");
        Files.writeString(other, "x");
        Result unsupported = run("glossary", "import", other.toString());
        assertEquals("tandem: terms.docx: not a glossary file Tandem reads (use .tbx, .csv or .tsv)\n", unsupported.err());
        assertEquals(2, run("glossary", "import", data.resolve("missing.tbx").toString()).code());
    }
}
