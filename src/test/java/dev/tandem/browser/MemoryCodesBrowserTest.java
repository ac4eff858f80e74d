package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
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

/** A memory match with a link, in real headless Chromium: shown with chips, inserted with the unit's own link. */
class MemoryCodesBrowserTest {

    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag FR = LanguageTag.of("fr");
    private static final String TARGET = "Lisez le guide de plantation avant de creuser.";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private ChromeDriver browser;
    private EditorPage page;

    @BeforeEach
    void translateTheGuideWithItsLinkElsewhere() throws Exception {
        // "earlier": the sentence with its link, confirmed with the link placed
        Unit earlier = importPage("earlier", "Read the <a href=\"https://example.org/old\">planting guide</a> before you dig.");
        List<InlineCode> link = server.workbench().documents().document("earlier").sourceCoded(earlier).codes();
        server.workbench().translations().save("earlier", FR, new UnitEdit(earlier.id(), 0, TARGET, Status.TRANSLATED, "Léa", null,
                List.of(link.get(0).at(TARGET.indexOf("guide")), link.get(1).at(TARGET.indexOf(" avant")))));
        // "plain": the same words without the link, translated too: a match that differs in its codes
        Unit plain = importPage("plain", "Read the planting guide before you dig.");
        server.workbench().translations().save("plain", FR, new UnitEdit(plain.id(), 0, "Lisez le guide avant de bêcher.",
                Status.TRANSLATED, "Léa", null));
        importPage("today", "Read the <a href=\"https://example.org/new\">planting guide</a> before you dig.");
        browser = chromium.driver();
        page = new EditorPage(browser, server.url(""));
        page.open("#/doc/today/fr", "Ana");
        page.row("2").click();
        page.wait.until(driver -> driver.findElements(By.cssSelector(".memory-match")).size() == 2);
    }

    @Test
    void ctrlShiftOneInsertsTheTargetWithTheUnitsOwnLinkAndQaHasNothingToSay() {
        page.editor().click();
        page.chord(Keys.CONTROL, Keys.SHIFT, "1");
        page.wait.until(driver -> page.editor().getAttribute("value").equals("Lisez le ⟨1⟩guide de plantation⟨/1⟩ avant de creuser."));
        page.chord(Keys.CONTROL, Keys.ENTER);
        page.waitAllSaved();

        assertTrue(browser.findElements(By.cssSelector("dialog[open]")).isEmpty(), "confirming asked nothing about QA");
        // "earlier" holds this translation already; only "plain" (the same words, another translation) is offered it
        WebElement offer = page.wait.until(driver -> driver.findElements(By.id("fill-repetitions")).stream().findFirst()
                .map(button -> button.findElement(By.xpath(".."))).orElse(null));
        assertTrue(offer.getText().startsWith("1 other occurrence of this sentence."), offer.getText());
        Unit unit = server.workbench().translations().translation("today", FR).units().get(1);
        assertEquals(Status.TRANSLATED, unit.status());
        assertEquals(TARGET, unit.target());
        assertEquals(List.of("<a href=\"https://example.org/new\">", "</a>"), unit.codes().stream().map(InlineCode::data).toList(),
                "this unit's own link, not the old page's");
        assertEquals(List.of(), server.workbench().quality().check("today", FR, false).units().stream()
                .flatMap(checked -> checked.findings().stream()).filter(finding -> finding.check().equals("tags")).toList());
        page.row("1").click();
        List<WebElement> chips = page.row("2").findElements(By.cssSelector(".target .code-chip"));
        assertEquals(List.of("⟨1⟩", "⟨/1⟩"), chips.stream().map(WebElement::getText).toList(), "the link shows as chips in the row");
    }

    @Test
    void thePanelShowsTheMatchesCodesAsChipsAndTheMatchThatLacksThemAsDifferingInCodes() throws Exception {
        List<WebElement> matches = browser.findElements(By.cssSelector(".memory-match"));
        WebElement exact = matches.get(0);
        assertEquals("100 %", exact.findElement(By.className("memory-score")).getText());
        assertEquals(List.of("⟨1⟩", "⟨/1⟩"), exact.findElements(By.cssSelector(".memory-source .code-chip")).stream()
                .map(WebElement::getText).toList());
        assertEquals("link: <a href=\"https://example.org/old\">",
                exact.findElement(By.cssSelector(".memory-source .code-chip")).getAttribute("title"));
        assertEquals("Lisez le ⟨1⟩guide de plantation⟨/1⟩ avant de creuser.",
                exact.findElement(By.className("memory-target")).getText());
        WebElement lacking = matches.get(1);
        assertEquals("99 %", lacking.findElement(By.className("memory-score")).getText());
        assertTrue(lacking.findElement(By.className("memory-head")).getText().contains("differs in codes"),
                lacking.findElement(By.className("memory-head")).getText());

        page.editor().click();
        page.chord(Keys.CONTROL, "k");
        page.type("planting guide", Keys.ENTER);
        page.wait.until(driver -> driver.findElements(By.cssSelector(".concordance-hit")).size() == 2);
        String hits = browser.findElement(By.className("concordance-hits")).getText();
        assertTrue(hits.contains("⟨1⟩") && !hits.contains("\uFDD0"), hits);
        assertTrue(browser.findElements(By.cssSelector(".concordance-hit .code-chip")).size() >= 4, "chips in source and target");

        Path shot = Path.of("target", "screenshot-memory-codes.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.findElement(By.className("side-panels")).getScreenshotAs(OutputType.BYTES));
    }

    private Unit importPage(String id, String paragraph) throws Exception {
        Path file = server.data().resolveSibling(id + ".html");
        Files.writeString(file, "<html lang=\"en\"><head><title>Garden " + id + "</title></head><body><article><h1>Garden " + id
                + "</h1><p>" + paragraph + "</p></article></body></html>", StandardCharsets.UTF_8);
        server.workbench().documents().importFile(file, EN, id);
        return server.workbench().translations().addLanguage(id, FR).units().get(1);
    }
}
