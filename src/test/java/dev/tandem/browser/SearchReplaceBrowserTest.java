package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.app.Workbench;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Search (folded the translator's way) and replace with a preview, in real headless Chromium. */
class SearchReplaceBrowserTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private Workbench workbench;
    private ChromeDriver browser;
    private EditorPage page;

    @BeforeEach
    void start() {
        workbench = server.workbench();
        browser = chromium.driver();
        page = new EditorPage(browser, server.url(""));
        save(1, "La Corée du Nord renforce d’année en année sa puissance militaire.", Status.REVIEWED);
        save(3, "Le dirigeant de la Corée du Nord était de bonne humeur.", Status.TRANSLATED);
        save(5, "Il est arrivé en Russie.", Status.TRANSLATED);
    }

    private Unit unit(int index) {
        return workbench.translations().translation("seed", FRENCH).units().get(index);
    }

    private void save(int index, String target, Status status) {
        Unit unit = unit(index);
        workbench.translations().save("seed", FRENCH, new UnitEdit(unit.id(), unit.rev(), target, status, "Setup", null));
    }

    private List<String> shownLabels() {
        return page.visibleRows().stream().map(row -> row.findElement(By.className("unit-number")).getText()).toList();
    }

    @Test
    void searchIgnoresAccentsAndApostrophesAndMarksWhatItFound() {
        page.open("#/doc/seed/fr", "Ana");
        page.chord(Keys.CONTROL, Keys.SHIFT, "f");
        page.type("coree");
        page.wait.until(driver -> shownLabels().equals(List.of("2", "4")));
        // The active row shows its text in the editor; the other row shown marks what was found.
        List<WebElement> marks = browser.findElements(By.cssSelector("li.unit:not([hidden]):not(.active) .target-text mark"));
        assertEquals(List.of("Corée"), marks.stream().map(WebElement::getText).toList());

        WebElement search = browser.findElement(By.id("search"));
        search.clear();
        search.sendKeys("d'année", Keys.ENTER);
        page.wait.until(driver -> shownLabels().equals(List.of("2")));

        search.clear();
        search.sendKeys("corée", Keys.ENTER);
        browser.findElement(By.cssSelector("label[for=search-case]")).click();
        page.wait.until(driver -> shownLabels().isEmpty());
        assertTrue(browser.findElement(By.className("shown-count")).getText().startsWith("0 of 39"));
    }

    /** Searches "Corée du Nord", asks to replace it with "RPDC" by the keyboard, and answers the preview shown. */
    private WebElement previewOfNorthKoreaToRpdc() {
        page.open("#/doc/seed/fr", "Ana");
        browser.findElement(By.id("search")).sendKeys("Corée du Nord", Keys.ENTER);
        page.wait.until(driver -> shownLabels().size() == 2);
        page.chord(Keys.CONTROL, Keys.SHIFT, "h");
        page.wait.until(driver -> "replace-with".equals(browser.switchTo().activeElement().getAttribute("id")));
        page.type("RPDC", Keys.ENTER);
        return page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".replace-preview")));
    }

    @Test
    void replaceAllShowsEveryChangeFirstAndSavesEachWithHistory() {
        WebElement preview = previewOfNorthKoreaToRpdc();
        List<WebElement> items = preview.findElements(By.cssSelector(".replace-item"));
        assertEquals(2, items.size());
        assertTrue(items.get(0).findElement(By.tagName("ins")).getText().equals("La RPDC renforce d’année en année sa puissance militaire."));
        assertEquals("La Corée du Nord renforce d’année en année sa puissance militaire.", unit(1).target(), "a preview changes nothing");
        assertTrue(browser.switchTo().activeElement().getAttribute("class").contains("replace-all"));

        page.type(Keys.ENTER);
        page.wait.until(driver -> preview.findElement(By.className("replace-status")).getText().startsWith("Replaced in 2 units"));
        assertEquals("La RPDC renforce d’année en année sa puissance militaire.", unit(1).target());
        assertEquals("Le dirigeant de la RPDC était de bonne humeur.", unit(3).target());
        assertEquals("Ana", unit(1).by());
        assertEquals(Status.TRANSLATED, unit(1).status(), "a changed reviewed unit is to be reviewed again");
        List<HistoryEntry> history = workbench.translations().history("seed", FRENCH, unit(1).id());
        assertTrue(history.stream().anyMatch(entry -> entry.target().contains("Corée du Nord")), "undoable from the history");
        page.wait.until(driver -> shownLabels().isEmpty());
    }

    @Test
    void undoingAReplaceAllPutsBackEveryTextAndStatusItChanged() {
        WebElement preview = previewOfNorthKoreaToRpdc();
        preview.findElement(By.className("replace-all")).click();
        page.wait.until(driver -> preview.findElement(By.className("replace-status")).getText().startsWith("Replaced in 2 units"));

        preview.findElement(By.className("replace-undo")).click();
        page.wait.until(driver -> preview.findElement(By.className("replace-status")).getText().startsWith("Undone in 2 units"));
        assertEquals("La Corée du Nord renforce d’année en année sa puissance militaire.", unit(1).target());
        assertEquals(Status.REVIEWED, unit(1).status(), "the reviewed unit is reviewed again, as it was");
        assertEquals("Le dirigeant de la Corée du Nord était de bonne humeur.", unit(3).target());
        assertFalse(preview.findElement(By.className("replace-undo")).isDisplayed(), "nothing left to undo");
    }

    @Test
    void aUnitChangedSinceThePreviewIsNotReplaced() {
        page.open("#/doc/seed/fr", "Ana");
        browser.findElement(By.id("search")).sendKeys("Corée", Keys.ENTER);
        page.wait.until(driver -> shownLabels().size() == 2);
        page.chord(Keys.CONTROL, Keys.SHIFT, "h");
        page.type("Korea", Keys.ENTER);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".replace-all")));
        save(3, "Le dirigeant de la Corée du Nord était ravi.", Status.TRANSLATED);
        page.wait.until(driver -> page.row("4").findElement(By.className("target-text")).getText().contains("ravi"));

        browser.findElement(By.cssSelector(".replace-all")).click();
        WebElement status = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("replace-status")));
        page.wait.until(driver -> status.getText().contains("1 not replaced"));
        assertEquals("Le dirigeant de la Corée du Nord était ravi.", unit(3).target(), "the other's newer text stays");
        assertEquals("La Korea du Nord renforce d’année en année sa puissance militaire.", unit(1).target());
    }
}
