package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Inline codes in the editor, in real headless Chromium: chips in the rows, tokens in the editor that stay whole. */
class InlineCodesBrowserTest {

    private static final LanguageTag FR = LanguageTag.of("fr");
    private static final String LINK = "<a href=\"https://example.org/plan\">";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private ChromeDriver browser;
    private EditorPage page;

    @BeforeEach
    void openAPageWithALinkAndBoldWords() throws Exception {
        Path file = server.data().resolveSibling("plan.html");
        Files.writeString(file, "<html lang=\"en\"><head><title>Plan</title></head><body><article><h1>Plan</h1><p>Read the"
                + " <a href=\"https://example.org/plan\">planting plan</a> before <b>Saturday</b>, when the community garden"
                + " opens its gates to everyone.</p></article></body></html>", StandardCharsets.UTF_8);
        server.workbench().documents().importFile(file, LanguageTag.of("en"), "plan");
        server.workbench().translations().addLanguage("plan", FR);
        browser = chromium.driver();
        page = new EditorPage(browser, server.url(""));
        page.open("#/doc/plan/fr", "Ana");
        page.row("2").click();
        page.wait.until(driver -> page.activeLabel().equals("2"));
    }

    private Unit storedUnit() {
        return server.workbench().translations().translation("plan", FR).units().get(1);
    }

    private void select(int start, int end) {
        browser.executeScript("arguments[0].setSelectionRange(arguments[1], arguments[2])", page.editor(), start, end);
    }

    private String editorText() {
        return page.editor().getAttribute("value");
    }

    @Test
    void theSourceShowsItsTagsAsNumberedChipsWithTheOriginalMarkupOnHover() throws Exception {
        List<WebElement> chips = page.row("2").findElements(By.cssSelector(".source .code-chip"));
        assertEquals(List.of("⟨1⟩", "⟨/1⟩", "⟨2⟩", "⟨/2⟩"), chips.stream().map(WebElement::getText).toList());
        assertEquals("link: " + LINK, chips.get(0).getAttribute("title"));
        assertEquals("planting plan", page.row("2").findElement(By.cssSelector(".source")).getText()
                .replaceAll(".*⟨1⟩\\s*(.*?)\\s*⟨/1⟩.*", "$1"), "the link's words sit between its two chips");
        assertTrue(page.activeRow().getText().contains("Next tag Ctrl+,"), "the shortcut is shown on its button");
        Path shot = Path.of("target", "screenshot-inline-codes.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theNextTagShortcutPutsThePairAroundTheSelectedWordsAndTheConfirmedSaveKeepsTheLink() {
        page.type("Lisez le plan de plantation avant samedi.");
        select(9, 27);
        page.chord(Keys.CONTROL, ",");
        assertEquals("Lisez le ⟨1⟩plan de plantation⟨/1⟩ avant samedi.", editorText());
        select(41, 47);
        page.chord(Keys.CONTROL, ",");
        page.chord(Keys.CONTROL, Keys.ENTER);
        page.waitAllSaved();
        Unit unit = storedUnit();
        assertEquals("Lisez le plan de plantation avant samedi.", unit.target());
        assertEquals(Status.TRANSLATED, unit.status());
        assertEquals(List.of("1@9 " + LINK, "1@27 </a>", "2@34 <b>", "2@40 </b>"),
                unit.codes().stream().map(code -> code.id() + "@" + code.at() + " " + code.data()).toList());
        page.row("2").findElement(By.cssSelector(".target-text .code-chip"));
    }

    @Test
    void copyingTheSourceCopiesItsTagsAndBackspaceTakesAWholeTag() {
        page.chord(Keys.CONTROL, Keys.SHIFT, "c");
        String copied = editorText();
        assertTrue(copied.startsWith("Read the ⟨1⟩planting plan⟨/1⟩ before ⟨2⟩Saturday⟨/2⟩"), copied);
        int afterOpen = copied.indexOf("⟨1⟩") + "⟨1⟩".length();
        select(afterOpen, afterOpen);
        page.type(Keys.BACK_SPACE);
        assertEquals(copied.replace("⟨1⟩", ""), editorText(), "one keystroke removed the whole tag, nothing else");
        int insideClose = editorText().indexOf("⟨/1⟩") + 2;
        select(insideClose, insideClose);
        page.type("x");
        assertTrue(editorText().contains("plan⟨/1⟩x before"), "typing never lands inside a tag: " + editorText());
    }

    @Test
    void aTargetWithALinkOpenedAndNeverClosedCannotBeConfirmedAndSaysWhy() {
        page.type("Lisez le plan.");
        select(9, 9);
        page.chord(Keys.CONTROL, ",");
        assertEquals("Lisez le ⟨1⟩plan.", editorText());
        page.chord(Keys.CONTROL, Keys.ENTER);
        page.wait.until(driver -> page.row("2").findElement(By.className("unit-notice")).getText().contains("never closed"));
        assertEquals("2", page.activeLabel(), "the editor stays on the unit");
        page.waitAllSaved();
        assertEquals(Status.INITIAL, storedUnit().status(), "kept as a draft, with its one code");
        assertEquals(List.of(InlineCode.Kind.OPEN), storedUnit().codes().stream().map(InlineCode::kind).toList());
    }
}
