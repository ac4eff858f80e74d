package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page never replaces a translator's work unasked: import choices and alignment, in real headless Chromium. */
class SafeImportBrowserTest {

    private static final LanguageTag FR = LanguageTag.of("fr");
    private static final String GARDEN = "Community garden opens\n\nThe new garden on Elm Street opened on Saturday.\n";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();
    @TempDir
    Path files;

    private Workbench workbench;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        workbench = server.workbench();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    private void translateGarden() {
        workbench.documents().importContent(GARDEN.getBytes(StandardCharsets.UTF_8), "garden-news.txt", LanguageTag.of("en"), null);
        for (Unit unit : workbench.translations().translation("garden-news", FR).units()) {
            workbench.translations().save("garden-news", FR, new UnitEdit(unit.id(), 0, "Traduit", Status.TRANSLATED, "Ana", null));
        }
    }

    private WebElement chooseFile(Path file) {
        browser.get(server.url("/#/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-file"))).sendKeys(file.toString());
        return browser.findElement(By.cssSelector(".import-form"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = files.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aTakenIdShowsTheExistingDocumentAndImportsAsANewDocumentByDefault() throws IOException {
        translateGarden();
        chooseFile(write("later/garden-news.txt", "Garden news\n\nA storm damaged the greenhouse last night.\n"));

        WebElement collision = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".collision")));
        assertTrue(collision.getText().contains("A document “garden-news” already exists"), collision.getText());
        assertTrue(collision.getText().contains("“Community garden opens”, 2 units translated into fr"), collision.getText());
        assertTrue(browser.findElement(By.id("collision-new")).isSelected(), "a new document is the default");
        assertFalse(browser.findElement(By.id("collision-replace")).isSelected());
        assertTrue(collision.getText().contains("Import as a new document (garden-news-2)"), collision.getText());

        browser.findElement(By.id("import-lang")).clear();
        browser.findElement(By.id("import-lang")).sendKeys("en");
        browser.findElement(By.id("import-button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.document[data-id='garden-news-2']")));
        assertEquals("Garden news", workbench.documents().document("garden-news-2").title());
        assertEquals("Community garden opens", workbench.documents().document("garden-news").title());
        assertEquals(2, workbench.translations().translation("garden-news", FR).units().stream().filter(Unit::hasTarget).count());
    }

    @Test
    void replacingIsAnExplicitChoice() throws IOException {
        translateGarden();
        chooseFile(write("v2/garden-news.txt", GARDEN.replace("Saturday", "Sunday")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".collision")));
        browser.findElement(By.id("collision-replace")).click();
        browser.findElement(By.id("import-lang")).clear();
        browser.findElement(By.id("import-lang")).sendKeys("en");
        browser.findElement(By.id("import-button")).click();

        wait.until(driver -> workbench.documents().document("garden-news").text().contains("Sunday"));
        assertEquals(2, workbench.documents().list().size());
        assertEquals("Traduit", workbench.translations().translation("garden-news", FR).units().get(0).target(),
                "the unchanged title keeps its translation");
    }

    @Test
    void aBilingualFileIsRefusedWithTheButtonThatFillsATranslation() throws IOException {
        translateGarden();
        Path xliff = files.resolve("garden-news.fr.xlf");
        Files.write(xliff, workbench.exchange().export("garden-news", FR, ExchangeFormat.XLIFF, new ExportOptions(null, null)).content());
        chooseFile(xliff);
        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview.error")));
        assertTrue(preview.getText().contains("is a bilingual XLIFF file, not an article"), preview.getText());
        assertTrue(preview.getText().contains("open garden-news → fr and use “Import bilingual file”"), preview.getText());
    }

    @Test
    void alignmentKeepsATranslatorsUnitAndShowsItBesideTheAlignedText() throws IOException {
        Unit second = workbench.translations().translation("seed", FR).units().get(1);
        workbench.translations().save("seed", FR, new UnitEdit(second.id(), 0, "La traduction d'Ana.", Status.REVIEWED, "Ana", null));

        browser.get(server.url("/#/align/seed/fr"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("align-file")))
                .sendKeys(TestWorkbench.fixture("seed-article.fr.txt").toAbsolutePath().toString());
        assertFalse(browser.findElement(By.id("align-replace-human")).isSelected(), "replacing human work is never the default");
        browser.findElement(By.cssSelector(".align-form button[type=submit]")).click();

        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".align-summary")));
        assertTrue(summary.getText().matches("Aligned: \\d+ filled, 1 kept because a translator already worked on them\\."), summary.getText());
        WebElement kept = browser.findElement(By.cssSelector(".kept-unit[data-unit='" + second.id() + "']"));
        assertTrue(kept.findElement(By.cssSelector(".kept-target")).getText().contains("La traduction d'Ana."), kept.getText());
        assertTrue(kept.findElement(By.cssSelector(".kept-aligned")).getText().length() > 30, kept.getText());
        assertEquals("La traduction d'Ana.", workbench.translations().translation("seed", FR).unit(second.id()).orElseThrow().target());

        // The stored alignment shows the same kept unit when the view is opened again.
        browser.get(server.url("/#/"));
        browser.get(server.url("/#/align/seed/fr"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kept-unit[data-unit='" + second.id() + "']")));
    }

    @Test
    void theEditorShowsAlignedUnitsAsAlignedNotReviewed() {
        List<String> french = workbench.pipeline().sentences(readFixture(), "seed-article.fr.txt", FR);
        workbench.alignments().alignTranslation("seed", FR, "seed-article.fr.txt", french);
        workbench.alignments().edit("seed", FR, 0, dev.tandem.app.BeadEdit.VERIFY);

        browser.get(server.url("/#/doc/seed/fr"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("li.unit"), 20));
        List<WebElement> rows = browser.findElements(By.cssSelector("li.unit"));
        assertFalse(rows.get(0).getAttribute("class").contains("aligned"), "a verified bead is an ordinary translation");
        assertTrue(rows.get(0).findElement(By.cssSelector(".unit-status")).getText().contains("reviewed"));
        assertTrue(rows.get(1).getAttribute("class").contains("aligned"), rows.get(1).getAttribute("class"));
        assertEquals("◇ aligned, not reviewed", rows.get(1).findElement(By.cssSelector(".unit-status")).getText());
    }

    private static byte[] readFixture() {
        try {
            return Files.readAllBytes(TestWorkbench.fixture("seed-article.fr.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
