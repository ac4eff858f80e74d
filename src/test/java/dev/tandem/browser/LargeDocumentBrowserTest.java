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
 * every unit, ready to type in. How fast is {@link EditorBenchmark}'s job, not this test's.
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

        assertEquals(SEGMENTS, page.rows().size(), "one row per unit");
        Object lastSource = browser.executeScript(
                "const rows = document.querySelectorAll('li.unit'); return rows[rows.length - 1].textContent;");
        assertTrue(String.valueOf(lastSource).contains(last.text()), "the last row shows the last sentence: " + lastSource);
        Object focused = browser.executeScript("return document.activeElement && document.activeElement.closest('li.unit.active') !== null;");
        assertEquals(Boolean.TRUE, focused, "the first unit has the focus, ready to type in");
    }
}
