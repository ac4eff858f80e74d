package dev.tandem.cli;

import static dev.tandem.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract}, {@code segment} and {@code align} read their files and print; they never open a
 * store (that they cannot is {@code ArchitectureTest.pipelineNeedsNoStore}).
 */
class StoreFreeCommandsTest {

    @TempDir
    Path folder;

    @Test
    void segmentWithAMissingDataFolderWorksAndCreatesNothing() throws IOException {
        Path text = Files.writeString(folder.resolve("a.txt"), "One sentence. Another one.", StandardCharsets.UTF_8);
        Path missing = folder.resolve("no/such/translations");
        CliTest.Result result = run("segment", text.toString(), "--lang", "en", "--data", missing.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals(List.of("One sentence.", "Another one."), result.lines());
        assertFalse(Files.exists(folder.resolve("no")), "no folder is created for the store");
    }
}
