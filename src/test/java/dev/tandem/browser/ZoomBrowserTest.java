package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page at 200 % zoom: a 1280 × 900 window zoomed to 200 % lays pages out in 640 × 450 CSS
 * pixels at two device pixels each, which is what the emulation below sets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZoomBrowserTest {

    @RegisterExtension
    static final TestServer server = TestServer.withSeed();
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();

    private ChromeDriver browser;
    private EditorPage page;

    @BeforeAll
    void zoomIn() {
        browser = chromium.driver();
        page = new EditorPage(browser, server.url(""));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#/doc/seed/fr", "#/coverage", "#/align/seed/fr", "#/rules", "#/memories"})
    void pageFitsTheWidthAt200PercentZoom(String address) {
        page.open(address, "Ana");
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main#view h1, main#view h2")));
        page.wait.until(driver -> !browser.findElement(By.id("view")).getText().contains("Loading"));
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 1, address + " scrolls sideways by " + overflow + " px at 200 % zoom");
        Number innerWidth = (Number) browser.executeScript("return window.innerWidth;");
        assertTrue(innerWidth.intValue() <= 660, "the emulated zoom is in force: " + innerWidth);
    }
}
