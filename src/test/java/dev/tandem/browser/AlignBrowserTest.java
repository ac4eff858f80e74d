package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.TestWorkbench;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Aligning an uploaded translation of the seed and correcting a bead, in real headless Chromium. */
class AlignBrowserTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    void uploadedTranslationIsAlignedAndAFixedBeadReachesTheUnits() {
        browser.get(server.url("/#/align/seed/fr"));
        WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("align-file")));
        file.sendKeys(TestWorkbench.fixture("seed-article.fr.txt").toAbsolutePath().toString());
        browser.findElement(By.cssSelector(".align-form button[type=submit]")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("li.bead"), 30));

        // The bead holding "Je pense qu’ils…" takes the next target sentence.
        String index = wait.until(driver -> driver.findElements(By.cssSelector("li.bead")).stream()
                .filter(b -> b.getText().contains("Je pense qu’ils seront chargés")).findFirst()
                .map(b -> b.getAttribute("data-bead")).orElse(null));
        String moved = browser.findElement(By.cssSelector("li.bead[data-bead='" + (Integer.parseInt(index) + 1) + "']"))
                .findElements(By.cssSelector(".bead-body ol[lang='fr'] li")).get(0).getText();
        browser.findElement(By.cssSelector("li.bead[data-bead='" + index + "'] button[data-edit='take-next']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("li.bead[data-bead='" + index + "']"), "data-verified", "true"));
        assertTrue(browser.findElement(By.cssSelector("li.bead[data-bead='" + index + "']")).getText().contains(moved));

        browser.findElement(By.linkText("Open the units in the editor")).click();
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("li.unit"), 20));
        // The editor shows targets as text and moves its one textarea to the active row.
        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) browser.executeScript("return [...document.querySelectorAll('li.unit')].map(row => {"
                + " const area = row.querySelector('textarea'); return area ? area.value : row.querySelector('.target-text').textContent; })");
        boolean fixedUnitShown = targets.stream()
                .anyMatch(value -> value.contains("Je pense qu’ils seront chargés") && value.contains(moved));
        assertTrue(fixedUnitShown, "the unit of the corrected bead holds the moved sentence");
    }
}
