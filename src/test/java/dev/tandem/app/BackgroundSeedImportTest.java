package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.app.SeedImport.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} listens first and imports the seeds behind it: the progress says when they are in. */
class BackgroundSeedImportTest {

    @TempDir
    Path folder;

    private static Progress awaitDone(Workbench workbench) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (workbench.seedImport().progress().running()) {
            assertTrue(Instant.now().isBefore(deadline), "the seeds were not imported within a minute");
            Thread.sleep(20);
        }
        return workbench.seedImport().progress();
    }

    @Test
    void seedsAreImportedInTheBackgroundAndTheProgressSaysWhenTheyAreIn() throws Exception {
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        Files.copy(TestWorkbench.fixture("seed-article.txt"), seeds.resolve("seed.txt"));
        Workbench workbench = Workbench.open(folder.resolve("data"));
        assertFalse(workbench.seedImport().progress().running(), "nothing runs before it is started");

        workbench.seedImport().start(seeds);
        Progress done = awaitDone(workbench);

        assertEquals(1, done.imported());
        assertNull(done.failure());
        assertEquals(39, workbench.documents().document("seed").segments().size());
    }

    @Test
    void aSeedThatCannotBeImportedIsReportedNotFatal() throws Exception {
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        Files.writeString(seeds.resolve("empty.txt"), "   \n", StandardCharsets.UTF_8);
        Workbench workbench = Workbench.open(folder.resolve("data"));

        workbench.seedImport().start(seeds);
        Progress done = awaitDone(workbench);

        assertTrue(done.failure() != null && done.failure().contains("empty.txt"), String.valueOf(done.failure()));
        assertEquals(0, workbench.documents().list().size());
    }

    @Test
    void aMissingSeedsFolderImportsNothing() throws IOException, InterruptedException {
        Workbench workbench = Workbench.open(folder.resolve("data"));
        workbench.seedImport().start(folder.resolve("no-seeds"));
        Progress done = awaitDone(workbench);
        assertEquals(0, done.imported());
        assertNull(done.failure());
    }
}
