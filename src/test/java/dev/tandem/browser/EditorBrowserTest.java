package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.model.LanguageTag;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The editor in real headless Chromium against a real server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorBrowserTest {

    @RegisterExtension
    static final TestServer server = TestServer.withSeed();
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();

    private ChromeDriver browser;
    private EditorPage page;

    @BeforeAll
    void start() {
        browser = chromium.driver();
        page = new EditorPage(browser, server.url(""));
    }

    @Test
    void documentsPageListsTheSeedAndOpensItInALanguage() {
        page.open("", "Ana");
        WebElement card = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.document[data-id='seed']")));
        assertTrue(card.getText().contains("Kim Jong-Un on a visit to Russia"));
        card.findElement(By.name("lang")).sendKeys("fr");
        card.findElement(By.cssSelector("button[type=submit]")).click();
        page.wait.until(ExpectedConditions.urlContains("#/doc/seed/fr"));
        List<WebElement> units = page.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.unit"), 39));
        assertTrue(units.get(0).findElement(By.className("source")).getText().startsWith("Kim Jong-Un"));
    }

    @Test
    void translationTypedIntoTheThirdSegmentIsThereAfterReload() {
        page.open("#/doc/seed/fr", "Ana");
        page.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.unit"), 39));
        WebElement third = page.rows().get(2);
        third.findElement(By.className("target")).click();
        page.editor().sendKeys("Le dirigeant nord-coréen était de bonne humeur.", Keys.chord(Keys.CONTROL, Keys.ENTER));
        page.wait.until(ExpectedConditions.attributeToBe(third, "data-state", "saved"));
        page.waitAllSaved();

        browser.navigate().refresh();
        page.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.unit"), 39));
        WebElement reloaded = page.rows().get(2);
        assertEquals("Le dirigeant nord-coréen était de bonne humeur.", reloaded.findElement(By.className("target-text")).getText());
        assertTrue(reloaded.findElement(By.className("unit-status")).getText().contains("translated"));
    }

    @Test
    void removingALanguageAsksFirstThenTakesItOffTheDocument() {
        server.workbench().translations().addLanguage("seed", LanguageTag.of("ko"));
        page.open("", "Ana");
        WebElement remove = page.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.document[data-id='seed'] li.language[data-lang='ko'] button.remove-language")));
        remove.click();
        WebElement dialog = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertTrue(dialog.getText().contains("trash"), dialog.getText());
        dialog.findElement(By.cssSelector("button[value=cancel]")).click();
        assertTrue(server.workbench().documents().languages("seed").contains("ko"), "cancel keeps it");

        page.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.document[data-id='seed'] li.language[data-lang='ko'] button.remove-language"))).click();
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open] button[value=ok]"))).click();
        WebElement notice = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.notice")));
        assertTrue(notice.getText().contains("Removed ko"), notice.getText());
        assertTrue(browser.findElements(By.cssSelector("li.document[data-id='seed'] li.language[data-lang='ko']")).isEmpty());
        assertTrue(Files.isDirectory(server.data().resolve("seed/.trash")));
    }
}
