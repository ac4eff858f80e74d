package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.StoreSnapshot;
import dev.tandem.TestServer;
import dev.tandem.WriteRoutes;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CSRF over real HTTP: every write route, tried the ways another site's page can send a request
 * (a form in each encoding, a no-cors fetch), is refused with 403 and leaves the store unchanged.
 */
class CrossSiteRequestTest {

    private static final String BOUNDARY = "attack-boundary";
    private static final String FORM = "text=Texte+remplac%C3%A9&overwrite=true&baseRev=1&target=pwned";
    private static final String PLAIN_JSON = "{\"baseRev\":1,\"nextRev\":0,\"rev\":1,\"target\":\"pwned\",\"x\":\"=\"}";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private final HttpClient http = HttpClient.newHttpClient();
    private String unit;
    private String next;

    @BeforeEach
    void translateTheTitle() {
        List<Unit> units = server.workbench().translations().translation("seed", LanguageTag.of("fr")).units();
        unit = units.get(0).id();
        next = units.get(1).id();
        server.workbench().translations().save("seed", LanguageTag.of("fr"), new UnitEdit(unit, 0, "Le sommet", Status.TRANSLATED, "Ana", null));
    }

    private record Body(String contentType, byte[] bytes) {
    }

    private static List<Body> bodiesAFormOrNoCorsFetchCanSend() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("application/x-www-form-urlencoded", FORM.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("text/plain", PLAIN_JSON.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("multipart/form-data; boundary=" + BOUNDARY, multipart()));
        bodies.add(new Body(null, new byte[0]));
        return bodies;
    }

    private static byte[] multipart() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String csv = "source,target\nKim Jong-Un visits Russia,Texte remplacé\n";
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evil.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> field : Map.of("overwrite", "true", "text", "Texte remplacé", "id", "evil").entrySet()) {
            body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> send(WriteRoutes.Route route, Body body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(route.resolve(unit, next))))
                .method(route.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertEveryWriteIsRefused(Map<String, String> headers) throws Exception {
        Map<String, String> before = StoreSnapshot.of(server.data());
        for (WriteRoutes.Route route : WriteRoutes.ALL) {
            for (Body body : bodiesAFormOrNoCorsFetchCanSend()) {
                HttpResponse<String> response = send(route, body, headers);
                String what = route + " " + body.contentType() + " " + headers;
                assertEquals(403, response.statusCode(), what + ": " + response.body());
                assertTrue(server.json(response).get("error").asText().startsWith("refused"), what + ": " + response.body());
            }
        }
        assertEquals(before, StoreSnapshot.of(server.data()), "the store is unchanged");
    }

    @Test
    void writesFromAnotherSiteAreRefusedAndChangeNothing() throws Exception {
        assertEveryWriteIsRefused(Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"));
    }

    @Test
    void writesFromAnotherPortOfThisMachineAreRefused() throws Exception {
        int other = Integer.parseInt(server.url("").replaceAll(".*:", "")) + 1;
        assertEveryWriteIsRefused(Map.of("Origin", "http://127.0.0.1:" + other, "Sec-Fetch-Site", "same-site"));
    }

    @Test
    void writesFromAnOpaqueOriginAreRefused() throws Exception {
        assertEveryWriteIsRefused(Map.of("Origin", "null"));
    }

    @Test
    void formsAndUploadsWithoutTheRequestTokenAreRefusedEvenWithoutOriginHeaders() throws Exception {
        assertEveryWriteIsRefused(Map.of());
    }

    @Test
    void aWrongRequestTokenIsRefused() throws Exception {
        assertEveryWriteIsRefused(Map.of("X-Tandem-Token", server.requestToken() + "x"));
    }

    @Test
    void theRequestTokenDoesNotExcuseAForeignOrigin() throws Exception {
        assertEveryWriteIsRefused(Map.of("X-Tandem-Token", server.requestToken(), "Origin", "http://evil.example"));
    }

    @Test
    void aJsonSaveFromAnotherOriginIsRefused() throws Exception {
        Body json = new Body("application/json", "{\"baseRev\":1,\"target\":\"pwned\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = StoreSnapshot.of(server.data());
        HttpResponse<String> response = send(WriteRoutes.ALL.get(3), json, Map.of("Origin", "http://evil.example"));
        assertEquals(403, response.statusCode(), response.body());
        assertEquals(before, StoreSnapshot.of(server.data()));
    }

    @Test
    void theOwnPageWithItsTokenCanWrite() throws Exception {
        String origin = server.url("");
        Map<String, String> page = Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin",
                "X-Tandem-Token", server.requestToken());
        HttpResponse<String> resegment = send(new WriteRoutes.Route("POST", "/api/documents/seed/resegment"), new Body(null, new byte[0]), page);
        assertEquals(200, resegment.statusCode(), resegment.body());
        Body json = new Body("application/json", "{\"baseRev\":1,\"target\":\"Le sommet de Vladivostok\"}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> save = send(WriteRoutes.ALL.get(3), json, Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin"));
        assertEquals(200, save.statusCode(), save.body());
        assertEquals("Le sommet de Vladivostok", server.workbench().translations().translation("seed", LanguageTag.of("fr")).units().get(0).target());
    }

    @Test
    void sessionGivesThePageItsRequestToken() {
        HttpResponse<String> session = server.get("/api/session");
        assertEquals(200, session.statusCode());
        assertEquals(server.requestToken(), server.json(session).get("requestToken").asText());
        assertTrue(server.requestToken().length() >= 40);
    }
}
