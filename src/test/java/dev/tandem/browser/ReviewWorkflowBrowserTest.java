package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.app.Workbench;
import dev.tandem.model.Comment;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The states a translator sees and sets (draft, final, back to draft), notes and comments, and the
 * room left for the text, in real headless Chromium; each test in its own target language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewWorkflowBrowserTest {

    @RegisterExtension
    static final TestServer server = TestServer.withSeed();
    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();

    private Workbench workbench;
    private ChromeDriver browser;
    private EditorPage page;

    @BeforeAll
    void start() {
        workbench = server.workbench();
        browser = chromium.driver();
        page = new EditorPage(browser, server.url(""));
    }

    private Unit unit(String language, int index) {
        return workbench.translations().translation("seed", LanguageTag.of(language)).units().get(index);
    }

    private String status(String label) {
        return page.row(label).findElement(By.className("unit-status")).getText();
    }

    @Test
    void typedTextIsADraftUntilConfirmedAndFinalAndBackToDraftAreKeys() {
        page.open("#/doc/seed/da", "Ana");
        assertTrue(status("1").contains("not translated"), status("1"));
        // The figure is kept: a target that drops it has a QA error, and confirming it would ask first.
        page.type("Kim Jong-Un besøger Rusland: 50.000 soldater");
        page.wait.until(driver -> status("1").contains("draft"));
        page.waitAllSaved();
        assertEquals(Status.INITIAL, unit("da", 0).status());
        assertEquals("Kim Jong-Un besøger Rusland: 50.000 soldater", unit("da", 0).target());

        page.chord(Keys.CONTROL, Keys.SHIFT, Keys.ENTER);
        page.wait.until(driver -> "2".equals(page.activeLabel()));
        page.waitAllSaved();
        assertEquals(Status.FINAL, unit("da", 0).status());
        assertTrue(status("1").contains("final"), status("1"));

        page.chord(Keys.CONTROL, Keys.ARROW_UP);
        page.chord(Keys.ALT, "u");
        page.wait.until(driver -> unit("da", 0).status() == Status.INITIAL);
        page.wait.until(driver -> status("1").contains("draft"));
        assertEquals("Kim Jong-Un besøger Rusland: 50.000 soldater", unit("da", 0).target(), "back to draft keeps the text");

        WebElement confirm = page.activeRow().findElement(By.cssSelector("button.action-final"));
        assertTrue(confirm.getText().contains("Ctrl+Shift+Enter"), confirm.getText());
        assertEquals("Control+Shift+Enter", confirm.getAttribute("aria-keyshortcuts"));
        page.chord(Keys.CONTROL, "/");
        WebElement sheet = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.shortcuts")));
        assertTrue(sheet.getText().contains("Set final"), sheet.getText());
        assertTrue(sheet.getText().contains("Alt+U"), sheet.getText());
        page.type(Keys.ESCAPE);
    }

    @Test
    void noteAndCommentsAreShownEditedAndFilteredOn() {
        page.open("#/doc/seed/fi", "Ana");
        page.chord(Keys.ALT, "n");
        page.wait.until(driver -> "unit-note".equals(browser.switchTo().activeElement().getAttribute("id")));
        page.type("Keep the agency's style.");
        browser.findElement(By.cssSelector("button.save-note")).click();
        page.wait.until(driver -> "Keep the agency's style.".equals(unit("fi", 0).note()));

        page.chord(Keys.ALT, "c");
        page.wait.until(driver -> "comment-text".equals(browser.switchTo().activeElement().getAttribute("id")));
        page.type("Is “summit” huippukokous here?");
        browser.findElement(By.cssSelector("button.add-comment")).click();
        WebElement comment = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".side-panel .comment")));
        assertTrue(comment.getText().contains("Ana"), comment.getText());
        assertTrue(comment.getText().contains("Is “summit” huippukokous here?"), comment.getText());
        page.wait.until(driver -> page.row("1").findElement(By.className("unit-remarks")).getText().contains("1 open comment"));
        List<Comment> stored = workbench.translations().comments("seed", LanguageTag.of("fi")).get(unit("fi", 0).id());
        assertEquals(1, stored.size());
        assertEquals("Ana", stored.get(0).by());

        page.jumpTo(10);
        new Select(browser.findElement(By.id("status-filter"))).selectByValue("comments");
        page.wait.until(driver -> page.visibleRows().size() == 1);
        assertEquals("1", page.activeLabel());

        browser.findElement(By.cssSelector(".side-panel .resolve-comment")).click();
        page.wait.until(driver -> workbench.translations().comments("seed", LanguageTag.of("fi")).get(unit("fi", 0).id()).get(0).resolved());
        page.wait.until(driver -> page.row("1").findElement(By.className("unit-remarks")).getText().equals("✎ note"));
    }

    @Test
    void aCommentAnotherReviewerAddsShowsUpLiveWhileTheTranslatorKeepsTyping() {
        page.open("#/doc/seed/et", "Ana");
        page.row("2").click();
        page.type("Tere");
        page.waitAllSaved();
        page.type(" päevast");
        String unitId = unit("et", 2).id();
        // Rita comments on the third unit from her own page (the same HTTP call hers makes).
        server.send("POST", "/api/documents/seed/translations/et/units/" + unitId + "/comments", "{\"text\":\"Use the formal you.\",\"by\":\"Rita\"}");
        page.wait.until(driver -> page.row("3").findElement(By.className("unit-remarks")).getText().contains("1 open comment"));
        assertEquals("Tere päevast", page.editor().getAttribute("value"), "the text being typed is untouched");
        page.row("3").click();
        WebElement comment = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".side-panel .comment")));
        assertTrue(comment.getText().contains("Use the formal you.") && comment.getText().contains("Rita"), comment.getText());

        String commentId = workbench.translations().comments("seed", LanguageTag.of("et")).get(unitId).get(0).id();
        server.send("POST", "/api/documents/seed/translations/et/units/" + unitId + "/comments/" + commentId + "/resolve", "{\"by\":\"Rita\"}");
        page.wait.until(driver -> !page.row("3").findElement(By.className("unit-remarks")).getText().contains("open comment"));
    }

    @Test
    void theFirstScreenAtLaptopSizeShowsAtLeastEightSegments() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            page.open("#/doc/seed/cs", "Ana");
            Object shown = browser.executeScript(
                    "return [...document.querySelectorAll('li.unit')].filter(row => row.getBoundingClientRect().bottom <= innerHeight).length");
            assertTrue(((Number) shown).intValue() >= 8, shown + " segments on the first screen");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
