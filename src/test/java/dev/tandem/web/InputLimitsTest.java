package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.StoreSnapshot;
import dev.tandem.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What enters by HTTP is checked where it enters: 400 with a message, nothing written. */
class InputLimitsTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private String firstUnit() {
        return server.json(server.get("/api/documents/seed/translations/fr")).get("units").get(0).get("id").asText();
    }

    private HttpResponse<String> save(String json) {
        return server.put("/api/documents/seed/translations/fr/units/" + firstUnit(), json);
    }

    private void assertRefused(HttpResponse<String> response, String messagePart) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(server.json(response).get("error").asText().contains(messagePart), response.body());
    }

    @Test
    void aLanguageTagOf459CharactersIsRefusedNotAServerError() {
        StringBuilder tag = new StringBuilder("en-x");
        while (tag.length() + 9 <= 459) {
            tag.append("-abcdefgh");
        }
        int last = 459 - tag.length() - 1;
        tag.append("-").append("abcdefgh", 0, last);
        assertEquals(459, tag.length());
        Map<String, String> before = StoreSnapshot.of(server.data());
        assertRefused(server.put("/api/documents/seed/translations/" + tag, null), "at most 64 characters");
        assertRefused(server.get("/api/documents/seed/translations/" + tag), "at most 64 characters");
        assertEquals(before, StoreSnapshot.of(server.data()));
    }

    @Test
    void windowsDeviceNamesAreNeitherLanguagesNorDocuments() {
        Map<String, String> before = StoreSnapshot.of(server.data());
        for (String name : List.of("con", "aux", "nul", "prn", "CON")) {
            assertRefused(server.put("/api/documents/seed/translations/" + name, null), "reserved file name");
        }
        for (String id : List.of("con", "nul", "com1", "lpt9")) {
            assertRefused(server.upload("/api/documents", "article.txt", "text/plain",
                    "A short article. It has two sentences.".getBytes(StandardCharsets.UTF_8), Map.of("id", id, "lang", "en")),
                    "invalid document id");
        }
        assertEquals(before, StoreSnapshot.of(server.data()));
        HttpResponse<String> named = server.upload("/api/documents", "aux.txt", "text/plain",
                "A short article. It has two sentences.".getBytes(StandardCharsets.UTF_8), Map.of("lang", "en"));
        assertEquals(201, named.statusCode(), named.body());
        assertEquals("aux-document", server.json(named).get("id").asText());
    }

    @Test
    void aLoneSurrogateInATargetIsRefused() {
        Map<String, String> before = StoreSnapshot.of(server.data());
        assertRefused(save("{\"baseRev\":0,\"target\":\"x\\ud800y\"}"), "lone surrogate");
        assertRefused(save("{\"baseRev\":0,\"target\":\"x\\udc00\"}"), "lone surrogate");
        assertRefused(save("{\"baseRev\":0,\"target\":\"ok\",\"note\":\"\\ud83d\"}"), "lone surrogate");
        assertRefused(save("{\"baseRev\":0,\"target\":\"bell\\u0007\"}"), "control character");
        assertEquals(before, StoreSnapshot.of(server.data()));
        HttpResponse<String> emoji = save("{\"baseRev\":0,\"target\":\"Bravo \\ud83d\\udc4f\\tfin\"}");
        assertEquals(200, emoji.statusCode(), emoji.body());
        assertEquals("Bravo \uD83D\uDC4F\tfin", server.json(emoji).get("target").asText());
    }

    @Test
    void overLongNotesAndNamesAreRefusedGenerousOnesKept() {
        Map<String, String> before = StoreSnapshot.of(server.data());
        assertRefused(save("{\"baseRev\":0,\"target\":\"t\",\"note\":\"" + "n".repeat(10_001) + "\"}"), "note is longer than 10000");
        assertRefused(save("{\"baseRev\":0,\"target\":\"t\",\"by\":\"" + "b".repeat(201) + "\"}"), "by is longer than 200");
        assertEquals(before, StoreSnapshot.of(server.data()));
        HttpResponse<String> generous = save("{\"baseRev\":0,\"target\":\"t\",\"by\":\"" + "b".repeat(200)
                + "\",\"note\":\"" + "n".repeat(10_000) + "\"}");
        assertEquals(200, generous.statusCode(), generous.body());
    }

    @Test
    void aMalformedBodyIsA400WithoutJavaInternals() {
        for (String body : List.of("{\"baseRev\":\"abc\",\"target\":\"t\"}", "{not json", "[1,2]")) {
            HttpResponse<String> response = save(body);
            assertEquals(400, response.statusCode(), response.body());
            String error = server.json(response).get("error").asText();
            assertTrue(error.startsWith("malformed JSON body"), error);
            assertTrue(!error.contains("java.") && !error.contains("`") && !error.contains("@"), "no internals: " + error);
        }
    }

    @Test
    void aSaveInAnyOtherContentTypeIsUnsupportedEvenWithTheToken() throws Exception {
        Map<String, String> before = StoreSnapshot.of(server.data());
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/jsonx")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.url("/api/documents/seed/translations/fr/units/" + firstUnit())))
                    .header("Content-Type", type).header("X-Tandem-Token", server.requestToken())
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"baseRev\":0,\"target\":\"t\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(415, response.statusCode(), type + ": " + response.body());
            assertTrue(server.json(response).get("error").asText().contains("as JSON"), response.body());
        }
        assertEquals(before, StoreSnapshot.of(server.data()));
    }
}
