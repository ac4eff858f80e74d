package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.TestWorkbench;
import dev.tandem.model.ReferenceMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reference memories page in real headless Chromium: add a TMX with a penalty, see it listed, remove it. */
class MemoriesBrowserTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    @Test
    void aTmxIsAddedWithItsPenaltyListedAndRemoved() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(server.url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Translation memories"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("memory-none"), "No reference memories yet."));

        browser.findElement(By.id("memory-file")).sendKeys(TestWorkbench.fixture("omegat-level2.tmx").toAbsolutePath().toString());
        WebElement penalty = browser.findElement(By.id("memory-penalty"));
        penalty.clear();
        penalty.sendKeys("3");
        browser.findElement(By.id("memory-add-button")).click();

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".memory-list tr[data-name='omegat-level2']")));
        assertEquals("omegat-level2 en-US → fr-FR 2 3", row.getText().replaceAll("\\s+\\d{4}-\\d{2}-\\d{2}.*", ""));
        assertTrue(browser.findElement(By.cssSelector("p.notice")).getText().contains("Added omegat-level2: 2 pairs, en-US → fr-FR, penalty 3."));
        ReferenceMemory stored = server.workbench().memory().references().get(0);
        assertEquals(3, stored.penalty());
        Path shot = Path.of("target", "screenshot-memories.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

        row.findElement(By.className("remove-memory")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open] button[value=ok]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("memory-none"), "No reference memories yet."));
        assertTrue(server.workbench().memory().references().isEmpty());
    }

    @Test
    void aFileThatIsNoTmxIsRefusedWithTheServersReason() {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(server.url("/#/memories"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("memory-file")))
                .sendKeys(TestWorkbench.fixture("seed-article.txt").toAbsolutePath().toString());
        browser.findElement(By.id("memory-add-button")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertTrue(error.getText().contains("a reference memory is a TMX file"), error.getText());
        assertTrue(server.workbench().memory().references().isEmpty());
    }
}
