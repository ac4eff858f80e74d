package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Merge, split, history restore, import preview and live events over real HTTP. */
class UnitEditApiTest {

    private static final String UNITS = "/api/documents/seed/translations/fr/units/";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private JsonNode units() throws Exception {
        return server.json(server.get("/api/documents/seed/translations/fr")).get("units");
    }

    private String save(JsonNode unit, String target) throws Exception {
        HttpResponse<String> saved = server.send("PUT", UNITS + unit.get("id").asText(),
                "{\"baseRev\":" + unit.get("rev").asLong() + ",\"target\":\"" + target + "\",\"status\":\"translated\",\"by\":\"Ana\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        return saved.body();
    }

    @Test
    void mergeJoinsBothTargetsAndSplitKeepsThemOnTheFirstUnit() throws Exception {
        save(units().get(4), "Il monta dans le train.");
        save(units().get(5), "Il arriva en Russie.");
        JsonNode first = units().get(4);
        JsonNode next = units().get(5);

        HttpResponse<String> merged = server.send("POST", UNITS + first.get("id").asText() + "/merge",
                "{\"baseRev\":1,\"nextRev\":1,\"by\":\"Ben\"}");
        assertEquals(200, merged.statusCode(), merged.body());
        JsonNode unit = server.json(merged).get("unit");
        assertEquals(2, unit.get("sources").size());
        assertEquals("Il monta dans le train. Il arriva en Russie.", unit.get("target").asText());
        assertEquals(38, units().size());

        HttpResponse<String> split = server.send("POST", UNITS + first.get("id").asText() + "/split", "{\"baseRev\":2,\"by\":\"Ben\"}");
        assertEquals(200, split.statusCode(), split.body());
        assertEquals(39, units().size());
        assertEquals("Il monta dans le train. Il arriva en Russie.", units().get(4).get("target").asText());
        assertEquals(next.get("id").asText(), units().get(5).get("id").asText());
        assertEquals("", units().get(5).get("target").asText());
        assertEquals("initial", units().get(5).get("status").asText());
    }

    @Test
    void staleMergeIsRefusedWithTheCurrentUnit() throws Exception {
        save(units().get(4), "Il monta dans le train.");
        HttpResponse<String> stale = server.send("POST", UNITS + units().get(4).get("id").asText() + "/merge", "{\"baseRev\":0,\"nextRev\":0}");
        assertEquals(409, stale.statusCode());
        assertEquals("Il monta dans le train.", server.json(stale).get("current").get("target").asText());
        assertEquals(39, units().size());
    }

    @Test
    void unitsOfDifferentParagraphsAreNotMerged() throws Exception {
        HttpResponse<String> refused = server.send("POST", UNITS + units().get(3).get("id").asText() + "/merge", "{\"baseRev\":0,\"nextRev\":0}");
        assertEquals(400, refused.statusCode());
        assertTrue(server.json(refused).get("error").asText().contains("same paragraph"));
        assertEquals(39, units().size(), "both units are still there");
    }

    @Test
    void restoringAHistoryEntryMakesItCurrentAgain() throws Exception {
        save(units().get(0), "Premier");
        save(units().get(0), "Second");
        String id = units().get(0).get("id").asText();
        JsonNode history = server.json(server.get(UNITS + id + "/history"));
        assertEquals("Premier", history.get(0).get("target").asText());

        HttpResponse<String> restored = server.send("POST", UNITS + id + "/restore", "{\"rev\":1,\"baseRev\":2,\"by\":\"Ben\"}");
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals("Premier", units().get(0).get("target").asText());
        assertEquals(3, units().get(0).get("rev").asInt());

        HttpResponse<String> missing = server.send("POST", UNITS + id + "/restore", "{\"rev\":99,\"baseRev\":3}");
        assertEquals(404, missing.statusCode());
        assertTrue(server.json(missing).get("error").asText().contains("no revision 99"));
    }

    @Test
    void previewTellsTheDeclaredLanguageWithoutImporting() throws Exception {
        String html = "<html lang=\"de\"><head><title>Der Besuch</title></head><body><article><h1>Der Besuch</h1>"
                + "<p>Die Delegation kam am Montag an. Die Gespräche begannen mittags.</p></article></body></html>";
        HttpResponse<String> preview = server.upload("/api/preview", "besuch.html", "text/html",
                html.getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals("de", server.json(preview).get("language").asText());
        assertEquals(1, server.json(server.get("/api/documents")).size());
    }

    @Test
    void anOpenEditorHearsOfEverySave() throws Exception {
        HttpResponse<InputStream> stream = server.stream("/api/documents/seed/translations/fr/events", "text/event-stream");
        assertEquals(200, stream.statusCode());
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertEquals(": connected", lines.readLine());
        CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        save(units().get(2), "Salut");
        String data = event.get(10, TimeUnit.SECONDS);
        assertTrue(data.contains("\"target\":\"Salut\""), data);
        assertTrue(data.contains("\"by\":\"Ana\""), data);
        stream.body().close();
    }
}
