package dev.tandem.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.tandem.StoreSnapshot;
import dev.tandem.TestServer;
import dev.tandem.WriteRoutes;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * CSRF in real Chromium: a page served from a second origin (another port, reached as
 * {@code localhost} and as {@code 127.0.0.1}) tries every write route while the translator's
 * browser also has Tandem open; the store is unchanged. Tandem's own page still writes.
 */
class CrossSiteBrowserTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();
    @RegisterExtension
    final BrowserSession chromium = new BrowserSession();

    private HttpServer attacker;
    private String unit;
    private String next;

    @BeforeEach
    void start() throws IOException {
        List<Unit> units = server.workbench().translations().translation("seed", LanguageTag.of("fr")).units();
        unit = units.get(0).id();
        next = units.get(1).id();
        server.workbench().translations().save("seed", LanguageTag.of("fr"), new UnitEdit(unit, 0, "Le sommet", Status.TRANSLATED, "Ana", null));
        byte[] page;
        try (InputStream input = getClass().getResourceAsStream("/attack/cross-site.html")) {
            page = input.readAllBytes();
        }
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        attacker.start();
    }

    @AfterEach
    void stop() {
        attacker.stop(0);
    }

    @Test
    void anotherSitesPageTriesEveryWriteRouteAndChangesNothing() throws Exception {
        ChromeDriver browser = chromium.driver();
        browser.get(server.url("/"));
        Map<String, String> before = StoreSnapshot.of(server.data());
        String routes = new ObjectMapper().writeValueAsString(WriteRoutes.ALL.stream()
                .map(route -> Map.of("method", route.method(), "path", route.resolve(unit, next))).toList());
        int port = attacker.getAddress().getPort();
        for (String origin : List.of("http://localhost:" + port, "http://127.0.0.1:" + port)) {
            browser.get(origin + "/attack.html?target=" + URLEncoder.encode(server.url(""), StandardCharsets.UTF_8)
                    + "&routes=" + URLEncoder.encode(routes, StandardCharsets.UTF_8));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !"attacking".equals(driver.getTitle()));
            assertEquals("done", browser.getTitle(), "every attempt from " + origin + " was answered");
            assertEquals(before, StoreSnapshot.of(server.data()), "nothing changed after the attempts from " + origin);
        }

        browser.get(server.url("/"));
        Object saved = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/js/api.js').then(({ api }) => api.saveUnit('seed', 'fr', arguments[0], "
                + "{ baseRev: 1, target: 'Le vrai sommet', status: 'translated' })).then((unit) => done(unit.target), (e) => done('error: ' + e.message));",
                unit);
        assertEquals("Le vrai sommet", saved, "Tandem's own page writes");
        Object uploaded = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const form = new FormData(); form.append('file', new File(['A short article. It has two sentences.'], 'short.txt'));"
                + "form.append('lang', 'en');"
                + "import('/js/api.js').then(({ api }) => api.upload(form)).then((doc) => done(doc.id), (e) => done('error: ' + e.message));");
        assertEquals("short", uploaded, "Tandem's own page uploads");
    }
}
