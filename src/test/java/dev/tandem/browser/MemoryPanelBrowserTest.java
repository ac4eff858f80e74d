package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The translation-memory panel in real headless Chromium: matches, the insert shortcut, concordance. */
class MemoryPanelBrowserTest {

    private static final LanguageTag FR = LanguageTag.of("fr");

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private ChromeDriver browser;
    private EditorPage page;
    private String sentence;

    @BeforeEach
    void start() {
        // another document already holds the seed's second sentence, and a variant of it, translated
        Document seed = server.workbench().documents().document("seed");
        Translation seedFrench = server.workbench().translations().addLanguage("seed", FR);
        sentence = seed.sourceText(seedFrench.units().get(1));
        String[] words = sentence.split(" ");
        words[words.length / 2] = "zebras";
        String variant = String.join(" ", words);
        server.workbench().documents().importContent((sentence + "\n\n" + variant).getBytes(StandardCharsets.UTF_8), "other.txt",
                LanguageTag.of("en"), "other");
        List<Unit> units = server.workbench().translations().addLanguage("other", FR).units();
        server.workbench().translations().save("other", FR, new UnitEdit(units.get(0).id(), 0, "Traduction exacte.", Status.TRANSLATED, "Léa", null));
        server.workbench().translations().save("other", FR, new UnitEdit(units.get(1).id(), 0, "Traduction voisine.", Status.REVIEWED, "Léa", null));
        browser = chromium.driver();
        page = new EditorPage(browser, server.url(""));
        page.open("#/doc/seed/fr", "Ana");
    }

    @Test
    void matchesOfTheActiveUnitShowScoresDifferencesAndOrigin() throws Exception {
        page.row("2").click();
        List<WebElement> matches = page.wait.until(driver -> {
            List<WebElement> shown = driver.findElements(By.cssSelector(".memory-match"));
            return shown.size() == 2 ? shown : null;
        });
        assertEquals("100 %", matches.get(0).findElement(By.className("memory-score")).getText());
        assertEquals("Traduction exacte.", matches.get(0).findElement(By.className("memory-target")).getText());
        assertTrue(matches.get(0).findElement(By.className("memory-origin")).getText().contains("other"));
        assertTrue(matches.get(0).findElement(By.className("memory-origin")).getText().contains("Léa"));
        WebElement fuzzy = matches.get(1);
        assertFalse(fuzzy.findElements(By.cssSelector(".memory-source .changed")).isEmpty(), "the changed word is marked");
        assertEquals("zebras", fuzzy.findElement(By.cssSelector(".memory-source .changed del")).getText().strip());
        assertTrue(browser.findElement(By.className("side-panels")).getText().contains("Ctrl+Shift+1"), "the shortcut is shown");
        Path shot = Path.of("target", "screenshot-memory-panel.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void ctrlShiftOneInsertsTheBestMatchAsADraft() {
        page.row("2").click();
        try {
            page.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".memory-match"), 2));
        } catch (RuntimeException e) {
            String unit = server.workbench().translations().translation("seed", FR).units().get(1).id();
            throw new AssertionError("no matches shown; the side panels say: " + browser.findElement(By.className("side-panels")).getText()
                    + "; active " + page.activeLabel() + "; the API says "
                    + server.get("/api/documents/seed/translations/fr/units/" + unit + "/matches").body().length() + " requests "
                    + browser.executeScript("return performance.getEntriesByType('resource').map(e => e.name + ' ' + Math.round(e.startTime) + '+' + Math.round(e.duration)).filter(n => n.includes('matches')).join(' | ')"), e);
        }
        page.editor().click();
        page.chord(Keys.CONTROL, Keys.SHIFT, "1");
        page.wait.until(driver -> page.editor().getAttribute("value").contains("Traduction exacte."));
        page.waitAllSaved();
        Unit unit = server.workbench().translations().translation("seed", FR).units().get(1);
        assertEquals("Traduction exacte.", unit.target().strip());
        assertEquals(Status.INITIAL, unit.status(), "an inserted match stays a draft until confirmed");
    }

    @Test
    void aMatchInsertedRightAfterMovingOnIsTheNewUnitsNotThePreviousOnes() {
        Document seed = server.workbench().documents().document("seed");
        String third = seed.sourceText(server.workbench().translations().translation("seed", FR).units().get(2));
        server.workbench().documents().importContent(third.getBytes(StandardCharsets.UTF_8), "third.txt", LanguageTag.of("en"), "third");
        Unit thirdUnit = server.workbench().translations().addLanguage("third", FR).units().get(0);
        server.workbench().translations().save("third", FR, new UnitEdit(thirdUnit.id(), 0, "Troisième phrase.", Status.TRANSLATED, "Léa", null));
        page.row("2").click();
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("memory-matches"), "Traduction exacte."));
        // The next unit's matches are slow to come (a loaded server): the translator moves and presses
        // Ctrl+Shift+1 at once, while the previous unit's matches are still on screen.
        browser.executeScript("const fetchNow = window.fetch; window.heldMatches = [];"
                + "window.fetch = (url, options) => String(url).includes('/matches')"
                + " ? new Promise((resolve) => window.heldMatches.push(() => resolve(fetchNow(url, options)))) : fetchNow(url, options);");
        page.row("3").click();
        page.editor().click();
        page.chord(Keys.CONTROL, Keys.SHIFT, "1");
        page.wait.until(driver -> (Long) browser.executeScript("return window.heldMatches.length") > 0);
        assertEquals("", page.editor().getAttribute("value"), "nothing is inserted before this unit's matches are known");
        browser.executeScript("window.heldMatches.splice(0).forEach((release) => release());");
        page.wait.until(driver -> page.editor().getAttribute("value").contains("Troisième phrase."));
        assertFalse(page.editor().getAttribute("value").contains("Traduction exacte."), "the previous unit's match stays out");
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("memory-matches"), "Troisième phrase."));
    }

    @Test
    void aReferenceMemorysMatchSaysWhoTranslatedItAndWhen(@TempDir Path folder) throws Exception {
        Document seed = server.workbench().documents().document("seed");
        String third = seed.sourceText(server.workbench().translations().translation("seed", FR).units().get(2));
        // as OmegaT writes it: the translator and the dates on the target tuv
        Path tmx = folder.resolve("client.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"OmegaT\""
                + " o-tmf=\"OmegaT TMX\" adminlang=\"EN-US\" datatype=\"plaintext\" segtype=\"sentence\" srclang=\"en\"/><body><tu>"
                + "<tuv xml:lang=\"en\"><seg>" + third.replace("&", "&amp;").replace("<", "&lt;") + "</seg></tuv>"
                + "<tuv xml:lang=\"fr\" changeid=\"marie\" changedate=\"20240312T101500Z\" creationid=\"paul\""
                + " creationdate=\"20240301T090000Z\"><seg>Phrase du client.</seg></tuv></tu></body></tmx>\n", StandardCharsets.UTF_8);
        server.workbench().memory().addReference(tmx, 0, null, null);
        page.row("3").click();
        WebElement origin = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".memory-match .memory-origin")));
        assertEquals("client.tmx · marie · 2024-03-12", origin.getText());
    }

    @Test
    void ctrlKSearchesTheMemoryWithoutRegardToAccents() {
        page.editor().click();
        page.chord(Keys.CONTROL, "k");
        page.wait.until(driver -> "concordance-query".equals(driver.switchTo().activeElement().getAttribute("id")));
        page.type("TRADUCTION VOISINE", Keys.ENTER);
        WebElement hit = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".concordance-hit mark")));
        assertEquals("Traduction voisine", hit.getText());
        page.type(Keys.chord(Keys.CONTROL, "a"), "zèbras", Keys.ENTER);
        page.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".concordance-hit mark"), "zebras"));
    }
}
