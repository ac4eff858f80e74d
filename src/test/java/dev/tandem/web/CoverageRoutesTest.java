package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage routes over real HTTP. */
class CoverageRoutesTest {

    @TempDir
    Path data;

    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        Workbench workbench = TestWorkbench.withSeed(data);
        server = new WebServer(workbench, workbench.jsonMapper()).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private void confirmFirstUnit(String language) throws Exception {
        JsonNode translation = json.readTree(send("PUT", "/api/documents/seed/translations/" + language, null).body());
        String unitId = translation.get("units").get(0).get("id").asText();
        HttpResponse<String> saved = send("PUT", "/api/documents/seed/translations/" + language + "/units/" + unitId,
                "{\"baseRev\":0,\"target\":\"Kim Jong-Un en visite en Russie\",\"status\":\"translated\"}");
        assertEquals(200, saved.statusCode(), saved.body());
    }

    @Test
    void allCoverageListsEveryDocumentLanguageWithTotals() throws Exception {
        assertEquals(0, get("/api/coverage").get("entries").size());
        confirmFirstUnit("fr");
        confirmFirstUnit("de");
        JsonNode coverage = get("/api/coverage");
        assertEquals(2, coverage.get("entries").size());
        JsonNode french = coverage.get("entries").get(1);
        assertEquals("seed", french.get("document").asText());
        assertEquals("fr", french.get("language").asText());
        assertEquals("words", french.get("unit").asText());
        assertEquals(1, french.get("segments").get("translated").asInt());
        assertEquals(38, french.get("segments").get("initial").asInt());
        long words = french.get("words").get("total").asLong();
        assertEquals(2 * words, coverage.get("totals").get("words").get("total").asLong());
        assertEquals(2, coverage.get("totals").get("segments").get("translated").asInt());
        double percent = french.get("percent").get("words").get("translated").asDouble();
        assertTrue(percent > 0 && percent < 100, "percent by words: " + percent);
        assertEquals(2.5, french.get("percent").get("segments").get("translated").asDouble(), "1 of 39 segments, rounded down");
    }

    @Test
    void documentCoverageCanBeNarrowedToALanguageNotSavedYet() throws Exception {
        confirmFirstUnit("fr");
        assertEquals(1, get("/api/documents/seed/coverage").get("entries").size());
        JsonNode japanese = get("/api/documents/seed/coverage?lang=ja").get("entries").get(0);
        assertEquals("ja", japanese.get("language").asText());
        assertEquals(39, japanese.get("segments").get("initial").asInt());
        assertEquals(0.0, japanese.get("percent").get("primary").get("translated").asDouble());
    }

    @Test
    void progressShowsTodaysTranslatedWords() throws Exception {
        confirmFirstUnit("fr");
        JsonNode progress = get("/api/documents/seed/coverage/fr/progress");
        assertEquals("words", progress.get("unit").asText());
        JsonNode today = progress.get("days").get(0);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today.get("day").asText());
        long translated = get("/api/documents/seed/coverage?lang=fr").get("entries").get(0).get("words").get("translated").asLong();
        assertEquals(translated, today.get("gained").asLong());
    }

    @Test
    void unknownDocumentAndBadLanguageAreClientErrors() throws Exception {
        assertEquals(404, send("GET", "/api/documents/nope/coverage", null).statusCode());
        HttpResponse<String> badLanguage = send("GET", "/api/coverage?lang=12x", null);
        assertEquals(400, badLanguage.statusCode());
        assertTrue(json.readTree(badLanguage.body()).has("error"));
        assertEquals(400, send("GET", "/api/documents/seed/coverage?lang=en", null).statusCode(), "the source language is no target");
    }
}
