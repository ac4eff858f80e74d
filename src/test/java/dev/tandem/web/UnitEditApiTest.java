package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merge, split, history restore, import preview and live events over real HTTP. */
class UnitEditApiTest {

    private static final String UNITS = "/api/documents/seed/translations/fr/units/";

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

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode units() throws Exception {
        return json.readTree(send("GET", "/api/documents/seed/translations/fr", null).body()).get("units");
    }

    private String save(JsonNode unit, String target) throws Exception {
        HttpResponse<String> saved = send("PUT", UNITS + unit.get("id").asText(),
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

        HttpResponse<String> merged = send("POST", UNITS + first.get("id").asText() + "/merge",
                "{\"baseRev\":1,\"nextRev\":1,\"by\":\"Ben\"}");
        assertEquals(200, merged.statusCode(), merged.body());
        JsonNode unit = json.readTree(merged.body()).get("unit");
        assertEquals(2, unit.get("sources").size());
        assertEquals("Il monta dans le train. Il arriva en Russie.", unit.get("target").asText());
        assertEquals(38, units().size());

        HttpResponse<String> split = send("POST", UNITS + first.get("id").asText() + "/split", "{\"baseRev\":2,\"by\":\"Ben\"}");
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
        HttpResponse<String> stale = send("POST", UNITS + units().get(4).get("id").asText() + "/merge", "{\"baseRev\":0,\"nextRev\":0}");
        assertEquals(409, stale.statusCode());
        assertEquals("Il monta dans le train.", json.readTree(stale.body()).get("current").get("target").asText());
        assertEquals(39, units().size());
    }

    @Test
    void unitsOfDifferentParagraphsAreNotMerged() throws Exception {
        HttpResponse<String> refused = send("POST", UNITS + units().get(3).get("id").asText() + "/merge", "{\"baseRev\":0,\"nextRev\":0}");
        assertEquals(400, refused.statusCode());
        assertTrue(json.readTree(refused.body()).get("error").asText().contains("same paragraph"));
    }

    @Test
    void restoringAHistoryEntryMakesItCurrentAgain() throws Exception {
        save(units().get(0), "Premier");
        save(units().get(0), "Second");
        String id = units().get(0).get("id").asText();
        JsonNode history = json.readTree(send("GET", UNITS + id + "/history", null).body());
        assertEquals("Premier", history.get(0).get("target").asText());

        HttpResponse<String> restored = send("POST", UNITS + id + "/restore", "{\"rev\":1,\"baseRev\":2,\"by\":\"Ben\"}");
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals("Premier", units().get(0).get("target").asText());
        assertEquals(3, units().get(0).get("rev").asInt());

        HttpResponse<String> missing = send("POST", UNITS + id + "/restore", "{\"rev\":99,\"baseRev\":3}");
        assertEquals(404, missing.statusCode());
        assertTrue(json.readTree(missing.body()).get("error").asText().contains("no revision 99"));
    }

    @Test
    void previewTellsTheDeclaredLanguageWithoutImporting() throws Exception {
        String boundary = "tandem-boundary";
        String html = "<html lang=\"de\"><head><title>Der Besuch</title></head><body><article><h1>Der Besuch</h1>"
                + "<p>Die Delegation kam am Montag an. Die Gespräche begannen mittags.</p></article></body></html>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besuch.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n" + html + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/preview"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> preview = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals("de", json.readTree(preview.body()).get("language").asText());
        assertEquals(1, json.readTree(send("GET", "/api/documents", null).body()).size());
    }

    @Test
    void anOpenEditorHearsOfEverySave() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/documents/seed/translations/fr/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
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
