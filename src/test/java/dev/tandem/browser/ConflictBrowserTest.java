package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.app.Workbench;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Two translators in two real browsers on the same unit: nothing is overwritten silently. */
class ConflictBrowserTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromiumA = new BrowserSession();
    @RegisterExtension
    final BrowserSession chromiumB = new BrowserSession();

    private Workbench workbench;
    private ChromeDriver browserA;
    private ChromeDriver browserB;

    @BeforeEach
    void start() {
        workbench = server.workbench();
        browserA = chromiumA.driver();
        browserB = chromiumB.driver();
    }

    @Test
    void confirmingAUnitSavedByOtherMeanwhileLeadsTheKeyboardToTheConflict() {
        EditorPage ana = new EditorPage(browserA, server.url(""));
        EditorPage ben = new EditorPage(browserB, server.url(""));
        browserB.get(ben.url(""));
        browserB.executeScript("localStorage.setItem('tandem.autosaveDelayMs', '60000')");
        // Ben's live updates are cut off, so only the refused save tells him of Ana's.
        browserB.executeCdpCommand("Network.enable", Map.of());
        browserB.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/events")));
        ana.open("#/doc/seed/pt", "Ana");
        ben.open("#/doc/seed/pt", "Ben");
        ben.type("Versão do Ben");
        ana.type("Versão da Ana");
        ana.chord(Keys.CONTROL, Keys.ENTER);
        ana.waitAllSaved();
        ben.chord(Keys.CONTROL, Keys.ENTER);
        WebElement keepMine = ben.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.unit.active .conflict .keep-mine")));
        ben.wait.until(driver -> keepMine.equals(browserB.switchTo().activeElement()));
        assertEquals("1", ben.activeLabel());
    }

    @Test
    void secondSaveShowsBothVersionsAndKeepMineSavesOnTheNewRevision() {
        EditorPage ana = new EditorPage(browserA, server.url(""));
        EditorPage ben = new EditorPage(browserB, server.url(""));
        // Ben's autosave waits long, so his edit is still local when Ana saves the same unit.
        browserB.get(ben.url(""));
        browserB.executeScript("localStorage.setItem('tandem.autosaveDelayMs', '60000')");
        ana.open("#/doc/seed/pt", "Ana");
        ben.open("#/doc/seed/pt", "Ben");
        assertEquals("1", ana.activeLabel());
        assertEquals("1", ben.activeLabel());

        ben.type("Versão do Ben");
        ana.type("Versão da Ana");
        ana.chord(Keys.CONTROL, Keys.ENTER);
        ana.waitAllSaved();

        WebElement benRow = ben.row("1");
        ben.wait.until(driver -> benRow.getAttribute("class").contains("changed-remotely"));
        assertTrue(benRow.findElement(By.className("unit-notice")).getText().contains("Ana saved another version"));
        assertEquals("Versão do Ben", ben.editor().getAttribute("value"), "the local edit is not clobbered");

        ben.chord(Keys.CONTROL, Keys.ENTER);
        WebElement conflict = ben.wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(benRow, By.className("conflict"))).get(0);
        assertTrue(conflict.getText().contains("Versão da Ana"), conflict.getText());
        assertTrue(conflict.getText().contains("Versão do Ben"), conflict.getText());
        assertEquals("Versão da Ana", unit().target(), "the refused save changed nothing");

        // Ben works from the keyboard: he is taken to the conflict, its first choice focused, not moved on.
        ben.wait.until(driver -> conflict.findElement(By.className("keep-mine")).equals(browserB.switchTo().activeElement()));
        assertEquals("1", ben.activeLabel());
        ben.type(Keys.ENTER);
        ben.waitAllSaved();
        Unit saved = unit();
        assertEquals("Versão do Ben", saved.target());
        assertEquals(2, saved.rev());
        assertEquals("Ben", saved.by());
        assertEquals(Status.TRANSLATED, saved.status());
        List<HistoryEntry> history = workbench.translations().history("seed", LanguageTag.of("pt"), saved.id());
        assertTrue(history.stream().anyMatch(entry -> entry.target().equals("Versão da Ana") && "Ana".equals(entry.by())));

        // Ana sees Ben's save without reloading.
        ana.wait.until(driver -> "Versão do Ben".equals(ana.row("1").findElement(By.className("target-text")).getText()));
    }

    private Unit unit() {
        return workbench.translations().translation("seed", LanguageTag.of("pt")).units().get(0);
    }
}
