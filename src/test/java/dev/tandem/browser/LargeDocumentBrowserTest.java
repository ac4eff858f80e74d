package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.bench.EditorBenchmark;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's large-document figure as a gate: a 5,000-segment document opens in the editor with
 * every unit, ready to type in, its rows built as they come near the screen (the middle of the
 * document shows rows once scrolled to, the last segment is reachable). How fast is
 * {@link EditorBenchmark}'s job, not this test's.
 */
class LargeDocumentBrowserTest {

    private static final int SEGMENTS = 5_000;

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @TempDir
    Path folder;

    @Test
    void aDocumentOfFiveThousandSegmentsOpensWithEveryUnit() throws IOException {
        Path file = Files.writeString(folder.resolve("big.txt"), EditorBenchmark.article(SEGMENTS), StandardCharsets.UTF_8);
        Document big = server.workbench().documents().importFile(file, LanguageTag.of("en"), "big");
        assertEquals(SEGMENTS, big.segments().size());
        Segment last = big.segments().get(SEGMENTS - 1);

        ChromeDriver browser = chromium.driver();
        EditorPage page = new EditorPage(browser, server.url(""));
        page.open("", "Ana");
        browser.get(page.url("#/doc/big/fr"));
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver ->
                !browser.findElements(By.cssSelector("li.unit.active")).isEmpty());

        Object focused = browser.executeScript("return document.activeElement && document.activeElement.closest('li.unit.active') !== null;");
        assertEquals(Boolean.TRUE, focused, "the first unit has the focus, ready to type in");
        assertEquals(SEGMENTS + " units", browser.findElement(By.className("shown-count")).getText(), "every unit is there");
        assertTrue(page.rows().size() < SEGMENTS, "rows are built as they come near the screen, not all at once");

        page.jumpTo(SEGMENTS);
        assertTrue(page.activeRow().findElement(By.className("source")).getText().contains(last.text()),
                "the last row shows the last sentence");
        browser.executeScript("window.scrollTo(0, document.documentElement.scrollHeight / 2)");
        page.wait.until(driver -> (Boolean) browser.executeScript(
                "const row = document.elementFromPoint(innerWidth / 3, innerHeight / 2); return row !== null && row.closest('li.unit') !== null;"));
    }
}
