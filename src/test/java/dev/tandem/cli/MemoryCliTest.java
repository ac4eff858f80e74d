package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tm}, {@code pretranslate} and {@code analyze} as a script would run them. */
class MemoryCliTest {

    @TempDir
    Path folder;

    @Test
    void referenceMemoryIsAddedListedSearchedUsedAndRemoved() throws Exception {
        String data = folder.resolve("data").toString();
        Path article = folder.resolve("printing.txt");
        Files.writeString(article, "The printer is out of paper. Call the help desk.", StandardCharsets.UTF_8);
        assertEquals(0, CliTest.run("import", article.toString(), "--lang", "en", "--id", "printing", "--data", data).code());

        CliTest.Result added = CliTest.run("tm", "add", TestWorkbench.fixture("omegat-project-save.tmx").toString(), "--penalty", "2", "--data", data);
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("omegat-project-save: 2 pairs"), added.out());
        assertTrue(CliTest.run("tm", "list", "--data", data).out().contains("omegat-project-save"));
        assertTrue(CliTest.run("tm", "search", "IMPRIMANTE", "--to", "fr", "--data", data).out().contains("The printer is out of paper."));

        CliTest.Result analysis = CliTest.run("analyze", "printing", "--to", "fr", "--json", "--data", data);
        assertEquals(0, analysis.code(), analysis.err());
        assertTrue(analysis.out().contains("\"95-99%\""), analysis.out());

        CliTest.Result filled = CliTest.run("pretranslate", "printing", "--to", "fr", "--min", "90", "--data", data);
        assertEquals(0, filled.code(), filled.err());
        assertTrue(filled.out().startsWith("printing/fr: 0 translated, 1 drafts, 1 without a match"), filled.out());
        String stored = Files.readString(folder.resolve("data/printing/fr.json"));
        assertTrue(stored.contains("L'imprimante n'a plus de papier."), stored);

        assertEquals(0, CliTest.run("tm", "remove", "omegat-project-save", "--data", data).code());
        assertTrue(CliTest.run("tm", "list", "--data", data).out().contains("no reference memories"));
    }

    @Test
    void searchShowsWhoTranslatedAReferencePairAndWhen() {
        String data = folder.resolve("data").toString();
        assertEquals(0, CliTest.run("tm", "add", TestWorkbench.fixture("omegat-level2.tmx").toString(), "--data", data).code());
        CliTest.Result found = CliTest.run("tm", "search", "fenetre", "--to", "fr", "--data", data);
        assertEquals(0, found.code(), found.err());
        assertTrue(found.out().contains("(omegat-level2.tmx · marie · 2024-03-12)"), found.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        String data = folder.resolve("data").toString();
        CliTest.assertOneLineError(CliTest.run("tm", "add", folder.resolve("missing.tmx").toString(), "--data", data));
        CliTest.assertOneLineError(CliTest.run("tm", "remove", "nothing", "--data", data));
        CliTest.assertOneLineError(CliTest.run("pretranslate", "nothing", "--to", "fr", "--data", data));
        CliTest.assertOneLineError(CliTest.run("tm", "add", TestWorkbench.fixture("seed-article.txt").toString(), "--data", data));
    }
}
