package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.ForkedJvm;
import dev.tandem.TestWorkbench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process owns a store: a running server, in another JVM, and what the commands of this one are told. */
class StoreOwnershipTest {

    @TempDir
    Path folder;

    private ForkedJvm serve(Path data) throws IOException {
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        return ForkedJvm.start(folder.resolve("server.log"), List.of(), Main.class,
                "serve", "--port", "0", "--data", data.toString(), "--seeds", seeds.toString());
    }

    private static String address(ForkedJvm server) throws IOException {
        String line = server.awaitLine(text -> text.startsWith("Open http"));
        return line.substring("Open ".length(), line.indexOf(' ', "Open ".length()));
    }

    @Test
    void secondServeOnTheSameFolderRefusesNamingTheServerThatHoldsIt() throws Exception {
        Path data = folder.resolve("translations");
        try (ForkedJvm server = serve(data)) {
            String url = address(server);

            CliTest.Result second = CliTest.run("serve", "--port", "0", "--data", data.toString(),
                    "--seeds", folder.resolve("seeds").toString());

            CliTest.assertOneLineError(second);
            assertTrue(second.err().contains(url), second.err());
            assertTrue(second.err().contains("pid " + server.pid()), second.err());
        }
    }

    @Test
    void importWhileAServerHoldsTheStoreRefusesAndWritesNothing() throws Exception {
        Path data = folder.resolve("translations");
        try (ForkedJvm server = serve(data)) {
            String url = address(server);

            CliTest.Result imported = CliTest.run("import", TestWorkbench.fixture("seed-article.txt").toString(),
                    "--lang", "en", "--id", "seed", "--data", data.toString());

            CliTest.assertOneLineError(imported);
            assertTrue(imported.err().contains("held by the Tandem server at " + url + " (pid " + server.pid() + ")"),
                    imported.err());
            assertFalse(Files.exists(data.resolve("seed")), "no document folder was written");
        }
    }

    @Test
    void aServerKilledWithoutWarningLeavesTheStoreFreeForTheNextProcess() throws Exception {
        Path data = folder.resolve("translations");
        ForkedJvm server = serve(data);
        address(server);
        server.kill();
        assertTrue(Files.exists(data.resolve(".tandem.lock")), "the lock file stays behind, naming the dead server");

        CliTest.Result imported = CliTest.run("import", TestWorkbench.fixture("seed-article.txt").toString(),
                "--lang", "en", "--id", "seed", "--data", data.toString());

        assertEquals(0, imported.code(), imported.err());
        assertTrue(Files.isRegularFile(data.resolve("seed/source.json")));
    }
}
