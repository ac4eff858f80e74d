package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The coverage routes over real HTTP. */
class CoverageRoutesTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = server.send("GET", path, null);
        assertEquals(200, response.statusCode(), response.body());
        return server.json(response);
    }

    private void confirmFirstUnit(String language) throws Exception {
        JsonNode translation = server.json(server.send("PUT", "/api/documents/seed/translations/" + language, null));
        String unitId = translation.get("units").get(0).get("id").asText();
        HttpResponse<String> saved = server.send("PUT", "/api/documents/seed/translations/" + language + "/units/" + unitId,
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
    void unknownDocumentAndBadLanguageAreClientErrorsThatSayWhy() throws Exception {
        HttpResponse<String> unknown = server.send("GET", "/api/documents/nope/coverage", null);
        assertEquals(404, unknown.statusCode());
        assertTrue(server.json(unknown).get("error").asText().contains("nope"), unknown.body());
        HttpResponse<String> badLanguage = server.send("GET", "/api/coverage?lang=12x", null);
        assertEquals(400, badLanguage.statusCode());
        assertTrue(server.json(badLanguage).get("error").asText().contains("12x"), badLanguage.body());
        HttpResponse<String> source = server.send("GET", "/api/documents/seed/coverage?lang=en", null);
        assertEquals(400, source.statusCode(), "the source language is no target");
        assertTrue(server.json(source).get("error").asText().contains("must differ from the source language"), source.body());
    }
}
