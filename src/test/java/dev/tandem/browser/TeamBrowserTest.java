package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.store.TestDatabase;
import dev.tandem.team.TeamServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two Tandem servers on one PostgreSQL database and a real Chromium on server B: what is saved
 * through server A reaches B's editor live (LISTEN/NOTIFY, then B's server-sent events), and a
 * save B's translator makes on what A changed meanwhile is refused with both versions shown.
 */
class TeamBrowserTest {

    private static final String TRANSLATION = "/api/documents/seed/translations/fr";

    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private TestDatabase database;
    private TeamServer a;
    private TeamServer b;

    @BeforeEach
    void startTwoServers() {
        database = TestDatabase.create();
        a = new TeamServer(database);
        b = new TeamServer(database);
        a.workbench().documents().importFile(TestWorkbench.fixture("seed-article.txt"), LanguageTag.of("en"), "seed");
    }

    @AfterEach
    void stop() {
        for (TeamServer server : new TeamServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSaveThroughServerAShowsInAnEditorOpenOnServerBWithinOneSecond() {
        EditorPage ben = new EditorPage(chromium.driver(), b.url());
        noteWhenListening();
        ben.open("#/doc/seed/fr", "Ben");
        WebElement row = ben.row("3");
        // The page notes when the text arrives, so the measure does not include WebDriver's polling.
        chromium.driver().executeScript("""
                const target = arguments[0].querySelector('.target-text');
                window.arrivedAt = null;
                new MutationObserver((changes, observer) => {
                  if (target.textContent === 'Enregistré sur le serveur A') { window.arrivedAt = Date.now(); observer.disconnect(); }
                }).observe(target, { childList: true, characterData: true, subtree: true });""", row);
        awaitListening(ben);

        HttpResponse<String> saved = a.put(TRANSLATION + "/units/" + unitId(2), save(0, "Enregistré sur le serveur A", "Ana"));
        long acknowledged = System.currentTimeMillis();
        assertEquals(200, saved.statusCode(), saved.body());

        ben.wait.until(driver -> chromium.driver().executeScript("return window.arrivedAt") != null);
        long arrived = ((Number) chromium.driver().executeScript("return window.arrivedAt")).longValue();
        assertTrue(arrived - acknowledged < 1000, "shown on server B " + (arrived - acknowledged) + " ms after server A acknowledged it");
        assertEquals("Enregistré sur le serveur A", row.findElement(By.className("target-text")).getText());
    }

    @Test
    void aStaleSaveOnServerBIsRefusedAndShowsBothVersions() {
        EditorPage ben = new EditorPage(chromium.driver(), b.url());
        noteWhenListening();
        chromium.driver().get(ben.url(""));
        // Ben's autosave waits long, so his edit is still local when Ana saves the same unit on A.
        chromium.driver().executeScript("localStorage.setItem('tandem.autosaveDelayMs', '60000')");
        ben.open("#/doc/seed/fr", "Ben");
        assertEquals("1", ben.activeLabel());
        awaitListening(ben);
        ben.type("Version de Ben");

        HttpResponse<String> saved = a.put(TRANSLATION + "/units/" + unitId(0), save(0, "Version d'Ana", "Ana"));
        assertEquals(200, saved.statusCode(), saved.body());

        WebElement row = ben.row("1");
        ben.wait.until(driver -> row.getAttribute("class").contains("changed-remotely"));
        assertTrue(row.findElement(By.className("unit-notice")).getText().contains("Ana saved another version"),
                row.findElement(By.className("unit-notice")).getText());
        assertEquals("Version de Ben", ben.editor().getAttribute("value"), "Ben's edit is not clobbered");

        ben.chord(Keys.CONTROL, Keys.ENTER);
        WebElement conflict = ben.wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(row, By.className("conflict"))).get(0);
        assertTrue(conflict.getText().contains("Version d'Ana"), conflict.getText());
        assertTrue(conflict.getText().contains("Version de Ben"), conflict.getText());
        var stored = TeamServer.json(a.get(TRANSLATION)).get("units").get(0);
        assertEquals("Version d'Ana", stored.get("target").asText(), "the refused save on B changed nothing");
        assertEquals(1, stored.get("rev").asLong());
    }

    /** Marks the page once its event stream is open: a save before that is, by design, only seen on loading. */
    private void noteWhenListening() {
        chromium.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const Native = window.EventSource;
                window.EventSource = class extends Native {
                  constructor(...args) { super(...args); this.addEventListener('open', () => { window.liveOpen = true; }); }
                };"""));
    }

    private void awaitListening(EditorPage page) {
        page.wait.until(driver -> Boolean.TRUE.equals(chromium.driver().executeScript("return window.liveOpen === true")));
    }

    private String unitId(int index) {
        return TeamServer.json(a.get(TRANSLATION)).get("units").get(index).get("id").asText();
    }

    private static String save(long baseRev, String target, String by) {
        return "{\"baseRev\":" + baseRev + ",\"target\":\"" + target + "\",\"status\":\"translated\",\"by\":\"" + by + "\"}";
    }
}
