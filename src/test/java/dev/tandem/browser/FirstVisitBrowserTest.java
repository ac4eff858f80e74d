package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A translator's very first visit: the page asks for a name, then every keystroke reaches the translation. */
class FirstVisitBrowserTest {

    /** One fresh target language per visit, so each visit starts on an empty first unit. */
    private static final List<String> LANGUAGES = List.of("de", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs",
            "hu", "ro", "tr", "el", "ru", "uk", "ja", "ko", "zh", "vi");

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @Test
    void everyKeystrokeTypedAfterTheNameDialogIsKeptOnEveryFirstVisit() {
        ChromeDriver browser = chromium.driver();
        EditorPage page = new EditorPage(browser, server.url(""));
        for (int visit = 1; visit <= LANGUAGES.size(); visit++) {
            // A first visit: nothing in this browser's storage, the page loaded from scratch.
            browser.get(page.url(""));
            browser.executeScript("localStorage.clear()");
            browser.get("about:blank");
            browser.get(page.url("#/doc/seed/" + LANGUAGES.get(visit - 1)));
            page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name-input")));
            // Actions type into whatever has the focus, as a keyboard does; an element's sendKeys would focus it first.
            new Actions(browser).sendKeys("Kim " + visit, Keys.ENTER).perform();
            new Actions(browser).sendKeys("Le dirigeant arrive à Moscou").perform();
            assertEquals("Le dirigeant arrive à Moscou", page.editor().getAttribute("value"), "visit " + visit);
            page.waitAllSaved();
        }
    }
}
