package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.TermStatus;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The glossary and QA side panels in real headless Chromium against a real server. */
class QualityPanelsBrowserTest {

    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag FR = LanguageTag.of("fr");

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
        workbench.translations().addLanguage("seed", FR);
    }

    private void open() {
        browser.get(server.url("/"));
        // LanguageTool takes seconds to load a language; these tests look at the quick checks.
        browser.executeScript("localStorage.setItem('tandem.translator', 'Ana'); localStorage.setItem('tandem.spelling', 'off');");
        browser.get(server.url("/#/doc/seed/fr"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.unit"), 39));
    }

    private Unit unit(int index) {
        return workbench.translations().translation("seed", FR).units().get(index);
    }

    private void chord(CharSequence... keys) {
        browser.switchTo().activeElement().sendKeys(Keys.chord(keys));
    }

    @Test
    void glossaryTermsOfTheActiveSegmentAreListedMarkedAndInsertedByShortcut() {
        workbench.glossaries().add(EN, FR, "summits", "sommet", "noun", "Not « rencontre au sommet » in headlines", TermStatus.PREFERRED, null);
        open();
        WebElement first = browser.findElements(By.cssSelector("li.unit")).get(0);
        first.findElement(By.className("target")).click();
        WebElement term = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".terms-panel li.term")));
        assertTrue(term.getText().startsWith("summit → sommet"), term.getText());
        assertTrue(term.getText().contains("Alt+Shift+1"), term.getText());
        assertEquals("Not « rencontre au sommet » in headlines", term.findElement(By.className("term-note")).getText());
        WebElement marked = wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(first, By.cssSelector(".source mark.term-mark")));
        assertEquals("summit", marked.getText());

        WebElement editor = first.findElement(By.tagName("textarea"));
        editor.sendKeys("Un ");
        chord(Keys.ALT, Keys.SHIFT, "1");
        wait.until(ExpectedConditions.attributeToBe(editor, "value", "Un sommet"));
    }

    @Test
    void aTermsTranslationStatusAndNoteAreEditedFromThePanelAndTheTermDeleted() throws Exception {
        workbench.glossaries().add(EN, FR, "summit", "sommet", "noun", null, TermStatus.PREFERRED, null);
        open();
        WebElement first = browser.findElements(By.cssSelector("li.unit")).get(0);
        first.findElement(By.className("target")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".terms-panel li.term"), "summit → sommet"));
        assertTrue(browser.findElement(By.className("terms-panel")).getText().contains("Alt+Shift+G"), "the shortcut is shown");

        chord(Keys.ALT, Keys.SHIFT, "g");
        WebElement translation = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".term-edit .term-edit-target")));
        wait.until(driver -> translation.equals(driver.switchTo().activeElement()));
        translation.sendKeys(Keys.chord(Keys.CONTROL, "a"), "rencontre au sommet");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.className("term-edit-status"))).selectByValue("admitted");
        browser.findElement(By.className("term-edit-note")).sendKeys("Only for <b>heads</b> of state");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.className("term-edit")));
        Path shot = Path.of("target", "screenshot-term-edit.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        translation.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".terms-panel .panel-status"),
                "Changed in the glossary: summit → rencontre au sommet (admitted)"));
        WebElement term = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".terms-panel li.term .term-note")));
        assertEquals("Only for <b>heads</b> of state", term.getText(), "the note is shown as text");
        assertEquals("rencontre au sommet", workbench.glossaries().list(EN, FR).get(0).target());
        assertEquals(TermStatus.ADMITTED, workbench.glossaries().list(EN, FR).get(0).status());

        browser.findElement(By.cssSelector(".terms-panel .term-edit-button")).click();
        WebElement again = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".term-edit .term-edit-target")));
        wait.until(driver -> again.equals(driver.switchTo().activeElement()));
        again.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".term-edit"), 0));
        browser.findElement(By.cssSelector(".terms-panel .term-edit-button")).click();
        browser.findElement(By.cssSelector(".term-edit button.danger")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertTrue(dialog.getText().contains("“summit” → “rencontre au sommet” leaves the glossary"), dialog.getText());
        dialog.findElement(By.cssSelector("button[value='ok']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".terms-panel .panel-status"),
                "Deleted from the glossary: summit → rencontre au sommet"));
        assertEquals(0, workbench.glossaries().list(EN, FR).size());
        assertEquals(0, browser.findElements(By.cssSelector(".terms-panel li.term")).size());
    }

    @Test
    void selectedSourceAndTargetTextBecomeAGlossaryTermWithAltG() {
        open();
        WebElement first = browser.findElements(By.cssSelector("li.unit")).get(0);
        first.findElement(By.className("target")).click();
        WebElement editor = first.findElement(By.tagName("textarea"));
        editor.sendKeys("Kim Jong-Un en visite en Russie");
        browser.executeScript("const source = arguments[0]; const text = source.firstChild; const at = text.data.indexOf('Russia');"
                + "const range = document.createRange(); range.setStart(text, at); range.setEnd(text, at + 6);"
                + "getSelection().removeAllRanges(); getSelection().addRange(range);", first.findElement(By.className("source")));
        browser.executeScript("const area = arguments[0]; area.focus(); const at = area.value.indexOf('Russie'); area.setSelectionRange(at, at + 6);", editor);
        chord(Keys.ALT, "g");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".terms-panel .panel-status"),
                "Added to the glossary: Russia → Russie"));
        assertEquals("Russie", workbench.glossaries().list(EN, FR).get(0).target());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".terms-panel li.term"), "Russia → Russie"));
    }

    @Test
    void qaPanelListsFindingsBadgesTheRowJumpsToItAndIgnoresWithAReason() {
        Unit first = unit(0);
        workbench.translations().save("seed", FR, new UnitEdit(first.id(), first.rev(),
                "Kim Jong-Un en visite en Russie : un rôle surprenant « imposé à des soldats nord-coréens »", Status.TRANSLATED, "Ana", null));
        open();
        WebElement finding = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qa-panel li.qa-finding[data-check='numbers']")));
        assertTrue(finding.getText().contains("The number 50,000 of the source is not in the translation"), finding.getText());
        WebElement row = browser.findElements(By.cssSelector("li.unit")).get(0);
        assertTrue(row.findElement(By.cssSelector(".qa-badge.qa-error")).getText().startsWith("✗ "));

        browser.findElements(By.cssSelector("li.unit")).get(5).findElement(By.className("target")).click();
        finding.findElement(By.className("qa-message")).click();
        wait.until(ExpectedConditions.attributeContains(browser.findElements(By.cssSelector("li.unit")).get(0), "class", "active"));

        finding = browser.findElement(By.cssSelector(".qa-panel li.qa-finding[data-check='numbers']"));
        finding.findElement(By.className("qa-ignore")).click();
        WebElement reason = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qa-panel .qa-reason")));
        reason.sendKeys("The headline leaves the figure to the article", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".qa-panel li.qa-finding.ignored"),
                "Ignored: The headline leaves the figure to the article (Ana)"));
        assertEquals("The headline leaves the figure to the article",
                workbench.quality().check("seed", FR, false).units().get(0).findings().stream()
                        .filter(f -> f.check().equals("numbers")).findFirst().orElseThrow().ignoredReason());
    }

    @Test
    void confirmingASegmentWithQaErrorsAsksFirst() {
        open();
        WebElement first = browser.findElements(By.cssSelector("li.unit")).get(0);
        first.findElement(By.className("target")).click();
        WebElement editor = first.findElement(By.tagName("textarea"));
        editor.sendKeys("Kim Jong-Un en visite en Russie : un rôle « imposé à des soldats nord-coréens »");
        // The autosave's answer carries the findings; once it is in, Ctrl+Enter asks.
        wait.until(ExpectedConditions.attributeToBe(first, "data-state", "saved"));
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
        assertTrue(dialog.getText().contains("Confirm with 1 QA error?"), dialog.getText());
        assertTrue(dialog.getText().contains("The number 50,000 of the source is not in the translation"), dialog.getText());
        dialog.findElement(By.cssSelector("button[value='cancel']")).click();
        assertEquals(Status.INITIAL, unit(0).status());
        assertTrue(first.getAttribute("class").contains("active"), "still on the segment to fix it");
    }
}
