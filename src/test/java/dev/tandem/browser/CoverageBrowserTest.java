package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Coverage bars in real headless Chromium against a real server. */
class CoverageBrowserTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private Workbench workbench;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        workbench = server.workbench();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String url(String hash) {
        return server.url("/" + hash);
    }

    private String legend(String status) {
        return browser.findElement(By.cssSelector(".coverage-panel .coverage-legend li[data-status='" + status + "']")).getText();
    }

    @Test
    void confirmingAUnitMovesTheEditorsCoverageBarWithoutReload() {
        browser.get(url(""));
        browser.executeScript("localStorage.setItem('tandem.translator', 'Ana')");
        browser.get(url("#/doc/seed/fr"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.unit"), 39));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".coverage-panel .coverage-bar")));
        // The panel renders again when its progress arrives: a legend found just before may be gone when read.
        String before = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> legend("translated"));
        assertEquals("translated 0", before);
        assertEquals(0, browser.findElements(By.cssSelector(".coverage-panel .coverage-part[data-status='translated']")).size());
        browser.executeScript("window.sameDocument = 'yes';");

        WebElement first = browser.findElements(By.cssSelector("li.unit")).get(0);
        // The editor's one textarea sits in the active row (the first untranslated); Ctrl+Enter confirms.
        first.findElement(By.className("target")).click();
        first.findElement(By.tagName("textarea")).sendKeys("Kim Jong-Un en visite en Russie", Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.attributeToBe(first, "data-state", "saved"));

        // The panel may render again while it is read (the save's event and the progress refresh): read bar and legend together.
        long words = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            java.util.List<WebElement> parts = driver.findElements(By.cssSelector(".coverage-panel .coverage-part[data-status='translated']"));
            if (parts.isEmpty()) {
                return null;
            }
            String amount = parts.get(0).getAttribute("data-amount");
            return legend("translated").equals("translated " + amount) ? Long.valueOf(amount) : null;
        });
        assertTrue(words > 0, "the first segment's words are now translated");
        assertEquals("yes", browser.executeScript("return window.sameDocument;"), "the page was not reloaded");
        assertEquals(words, workbench.coverage().coverage("seed", LanguageTag.of("fr")).counts().words().translated());
    }

    @Test
    void coverageViewShowsAStackedBarPerLanguageAndTheDailyChart() {
        LanguageTag french = LanguageTag.of("fr");
        workbench.translations().addLanguage("seed", french);
        workbench.translations().addLanguage("seed", LanguageTag.of("de"));
        List<Unit> units = workbench.translations().translation("seed", french).units();
        workbench.translations().save("seed", french, new UnitEdit(units.get(0).id(), 0, "Un", Status.REVIEWED, null, null));
        workbench.translations().save("seed", french, new UnitEdit(units.get(1).id(), 0, "Deux", Status.FINAL, null, null));

        browser.get(url("#/coverage/seed/fr"));
        // The view renders once more when the chart's data arrives; look at it after that.
        WebElement day = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.progress-chart rect.day")));
        long gained = Long.parseLong(day.getAttribute("data-gained"));
        assertEquals(workbench.coverage().coverage("seed", french).counts().words().atLeast(Status.TRANSLATED), gained);
        WebElement frenchEntry = browser.findElement(By.cssSelector("li.coverage-entry[data-document='seed'][data-language='fr']"));
        assertEquals(2, browser.findElements(By.cssSelector("li.coverage-entry")).size());
        assertEquals(List.of("final", "reviewed", "initial"), frenchEntry.findElements(By.className("coverage-part")).stream()
                .map(part -> part.getAttribute("data-status")).toList());
        assertTrue(frenchEntry.getText().contains("reviewed "), frenchEntry.getText());

        browser.get(url(""));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li.document[data-id='seed'] .document-coverage-language[data-language='fr'] .coverage-bar")));
    }
}
