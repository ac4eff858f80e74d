package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The editor in real headless Chromium against a real server. */
class EditorBrowserTest {

    @TempDir
    Path data;
    @TempDir
    Path profile;

    private TestServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        server = TestServer.withSeed(data);
        browser = Browser.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    private String url(String hash) {
        return server.url("/" + hash);
    }

    @Test
    void documentsPageListsTheSeedAndOpensItInALanguage() {
        browser.get(url(""));
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.document[data-id='seed']")));
        assertTrue(card.getText().contains("Kim Jong-Un on a visit to Russia"));
        card.findElement(By.name("lang")).sendKeys("fr");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("#/doc/seed/fr"));
        List<WebElement> units = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.unit"), 39));
        assertTrue(units.get(0).findElement(By.className("source")).getText().startsWith("Kim Jong-Un"));
    }

    @Test
    void translationTypedIntoTheThirdSegmentIsThereAfterReload() {
        browser.get(url("#/doc/seed/fr"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.unit"), 39));
        WebElement third = browser.findElements(By.cssSelector("li.unit")).get(2);
        third.findElement(By.tagName("textarea")).sendKeys("Le dirigeant nord-coréen était de bonne humeur.");
        wait.until(ExpectedConditions.attributeToBe(third, "data-state", "saved"));
        wait.until(ExpectedConditions.textToBe(By.id("page-status"), "All changes saved"));

        browser.navigate().refresh();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.unit"), 39));
        WebElement reloaded = browser.findElements(By.cssSelector("li.unit")).get(2);
        assertEquals("Le dirigeant nord-coréen était de bonne humeur.",
                reloaded.findElement(By.tagName("textarea")).getAttribute("value"));
        assertTrue(reloaded.findElement(By.className("unit-status")).getText().contains("translated"));
    }
}
