package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET …/search} over real HTTP: folded matches with offsets, a replacement's preview, bad input. */
class SearchRoutesTest {

    private static final String FRENCH = "/api/documents/seed/translations/fr";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private JsonNode search(String query) {
        HttpResponse<String> response = server.get(FRENCH + "/search?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return server.json(response);
    }

    private void save(int index, String target) {
        JsonNode unit = server.json(server.get(FRENCH)).get("units").get(index);
        HttpResponse<String> saved = server.put(FRENCH + "/units/" + unit.get("id").asText(),
                "{\"baseRev\":" + unit.get("rev").asLong() + ",\"target\":\"" + target + "\",\"status\":\"reviewed\"}");
        assertEquals(200, saved.statusCode(), saved.body());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void targetsAreSearchedWithoutCaseAccentsOrApostrophesCountingAndAReplacementIsPreviewed() {
        save(1, "La Corée du Nord renforce d’année en année sa puissance.");
        JsonNode found = search("q=" + q("coree") + "&in=target");
        assertEquals(1, found.get("total").asInt(), found.toString());
        JsonNode hit = found.get("hits").get(0);
        assertEquals(3, hit.get("target").get(0).get("start").asInt());
        assertEquals(8, hit.get("target").get(0).get("end").asInt());
        assertEquals(1, search("q=" + q("d'année en année")).get("total").asInt());

        JsonNode preview = search("q=" + q("corée") + "&replace=" + q("Corée-du-Nord") + "&word=true");
        assertEquals("La Corée-du-Nord du Nord renforce d’année en année sa puissance.",
                preview.get("hits").get(0).get("replaced").asText());
        assertEquals(1, preview.get("hits").get(0).get("rev").asLong(), "the revision the preview was made from");
        assertTrue(server.json(server.get(FRENCH)).get("units").get(1).get("target").asText().startsWith("La Corée du Nord"),
                "a preview changes nothing");
    }

    @Test
    void sourcesAreSearchedToo() {
        JsonNode found = search("q=" + q("PUTIN") + "&in=source");
        assertTrue(found.get("total").asInt() >= 2, found.toString());
        assertTrue(found.get("hits").get(0).get("target").isEmpty());
    }

    @Test
    void aBrokenExpressionOrAnEmptyQueryIsABadRequest() {
        HttpResponse<String> broken = server.get(FRENCH + "/search?regex=true&q=" + q("(unclosed"));
        assertEquals(400, broken.statusCode());
        assertTrue(server.json(broken).get("error").asText().contains("regular expression"), broken.body());
        assertEquals(400, server.get(FRENCH + "/search?q=").statusCode());
        assertEquals(400, server.get(FRENCH + "/search?q=x&in=margin").statusCode());
    }
}
