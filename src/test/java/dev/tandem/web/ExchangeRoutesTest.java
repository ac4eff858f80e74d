package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Download and upload of bilingual files over real HTTP. */
class ExchangeRoutesTest {

    private static final String BASE = "/api/documents/seed/translations/fr";

    @TempDir
    Path data;

    private WebServer server;
    private Workbench workbench;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        workbench = TestWorkbench.withSeed(data);
        Unit title = workbench.translation("seed", LanguageTag.of("fr")).units().get(0);
        workbench.save("seed", LanguageTag.of("fr"), new UnitEdit(title.id(), 0, "Kim & Poutine <sommet>", Status.TRANSLATED, "Ana", null));
        server = new WebServer(workbench, workbench.jsonMapper()).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> upload(String fileName, byte[] content, String overwrite) throws IOException, InterruptedException {
        String boundary = "tandem-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        if (overwrite != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"overwrite\"\r\n\r\n" + overwrite)
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(BASE + "/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void xliffDownloadIsAnAttachmentWithTheTranslation() throws Exception {
        HttpResponse<byte[]> response = get(BASE + "/export?format=xliff");
        assertEquals(200, response.statusCode());
        assertEquals("attachment; filename=\"seed.fr.xlf\"", response.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xliff+xml"));
        String xliff = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(xliff.contains("<target xml:space=\"preserve\">Kim &amp; Poutine &lt;sommet&gt;</target>"), xliff);
    }

    @Test
    void articleDownloadCarriesTheFallbackWarningInAHeader() throws Exception {
        HttpResponse<byte[]> response = get(BASE + "/export?format=txt");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("X-Tandem-Warning").orElse("").startsWith("38 of 39 units"));
    }

    @Test
    void unknownFormatIsRefusedWithJsonError() throws Exception {
        HttpResponse<byte[]> response = get(BASE + "/export?format=doc");
        assertEquals(415, response.statusCode());
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertTrue(error.get("error").asText().contains("unknown export format"), error.toString());
        assertEquals(400, get(BASE + "/export").statusCode());
        assertEquals(404, get("/api/documents/nope/translations/fr/export?format=tmx").statusCode());
    }

    @Test
    void uploadedFileFillsTargetsAndAnswersWithTheReport() throws Exception {
        byte[] csv = ("source,target,status\r\nNorth Korea is increasing its military power year by year.,La Corée du Nord s'arme.,reviewed\r\n"
                + "\"Kim Jong-Un on a visit to Russia holds a summit with Putin…to be dispatched to the Ukrainian front, a surprising"
                + " role “imposed on 50,000 North Korean soldiers”.\",Autre titre,final\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = upload("review.csv", csv, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = new ObjectMapper().readTree(response.body());
        assertEquals(2, report.get("matched").asInt());
        assertEquals(1, report.get("filled").asInt());
        assertEquals(1, report.get("skippedExisting").asInt());
        assertEquals("La Corée du Nord s'arme.", workbench.translation("seed", LanguageTag.of("fr")).units().get(1).target());

        HttpResponse<String> forced = upload("review.csv", csv, "true");
        assertEquals(1, new ObjectMapper().readTree(forced.body()).get("filled").asInt(), forced.body());
        assertEquals("Autre titre", workbench.translation("seed", LanguageTag.of("fr")).units().get(0).target());
    }

    @Test
    void hostileUploadIsA400WithOneLine() throws Exception {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"2.1\">&x;</xliff>").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = upload("evil.xlf", xxe, null);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("DOCTYPE declares entities"), response.body());
        assertTrue(!response.body().contains("root:"), response.body());
    }
}
