package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The page's pure modules (save and conflict rules, the shortcut table) have their own unit tests
 * under web/test, run by Node's test runner ({@code node --test web/test/}). Locally, a machine
 * without Node skips them; in CI ({@code CI=true}) a missing Node fails them, loudly.
 */
class PageModuleTest {

    @Test
    void pageModulesPassTheirNodeTests() throws IOException, InterruptedException {
        Path node = node();
        Process process = new ProcessBuilder(node.toString(), "--test", "web/test/")
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("node --test did not finish in two minutes:\n" + output);
        }
        assertEquals(0, process.exitValue(), "node --test web/test/ failed:\n" + output);
    }

    private static Path node() {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "node");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String missing = "Node.js is needed for the page's unit tests (apt-get install nodejs)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but no node: " + missing);
        }
        Assumptions.abort(missing);
        return null;
    }
}
