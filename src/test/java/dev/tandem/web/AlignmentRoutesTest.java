package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aligning a translation over real HTTP. */
class AlignmentRoutesTest {

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

    private HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> alignPasted(String text) throws IOException, InterruptedException {
        return post("/api/documents/seed/translations/fr/alignment", "application/x-www-form-urlencoded",
                "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    @Test
    void pastedTranslationIsAlignedAndFillsTheUnits() throws Exception {
        String french = Files.readString(TestWorkbench.fixture("seed-article.fr.txt"));
        HttpResponse<String> aligned = alignPasted(french);
        assertEquals(201, aligned.statusCode(), aligned.body());
        JsonNode beads = json.readTree(aligned.body()).get("beads");
        assertTrue(beads.size() > 30);
        assertTrue(beads.get(0).get("target").get(0).get("text").asText().startsWith("Kim Jong-Un en visite"));

        JsonNode units = json.readTree(get("/api/documents/seed/translations/fr").body()).get("units");
        assertTrue(units.get(0).get("target").asText().startsWith("Kim Jong-Un en visite"));
        assertEquals(beads.size(), json.readTree(get("/api/documents/seed/translations/fr/alignment").body()).get("beads").size());
    }

    @Test
    void verifyingABeadMarksItAndItsUnitReviewed() throws Exception {
        alignPasted(Files.readString(TestWorkbench.fixture("seed-article.fr.txt")));
        HttpResponse<String> verified = post("/api/documents/seed/translations/fr/alignment/beads/0/verify", "text/plain", "");
        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(json.readTree(verified.body()).get("beads").get(0).get("verified").asBoolean());
        assertEquals("reviewed", json.readTree(get("/api/documents/seed/translations/fr").body()).get("units").get(0).get("status").asText());
    }

    @Test
    void badRequestsAreClientErrors() throws Exception {
        assertEquals(404, get("/api/documents/seed/translations/fr/alignment").statusCode());
        assertEquals(400, alignPasted("   ").statusCode());
        alignPasted(Files.readString(TestWorkbench.fixture("seed-article.fr.txt")));
        HttpResponse<String> unknownEdit = post("/api/documents/seed/translations/fr/alignment/beads/0/explode", "text/plain", "");
        assertEquals(400, unknownEdit.statusCode());
        assertTrue(json.readTree(unknownEdit.body()).get("error").asText().contains("unknown bead edit"));
        assertEquals(400, post("/api/documents/seed/translations/fr/alignment/beads/x/merge", "text/plain", "").statusCode());
    }
}
