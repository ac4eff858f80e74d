package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestServer;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Download and upload of bilingual files over real HTTP. */
class ExchangeRoutesTest {

    private static final String BASE = "/api/documents/seed/translations/fr";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private Workbench workbench;

    @BeforeEach
    void translateTheTitle() {
        workbench = server.workbench();
        Unit title = workbench.translations().translation("seed", LanguageTag.of("fr")).units().get(0);
        workbench.translations().save("seed", LanguageTag.of("fr"), new UnitEdit(title.id(), 0, "Kim & Poutine <sommet>", Status.TRANSLATED, "Ana", null));
    }

    private HttpResponse<byte[]> get(String path) {
        return server.getBytes(path);
    }

    private HttpResponse<String> upload(String fileName, byte[] content, String overwrite) {
        return server.upload(BASE + "/import", fileName, "application/octet-stream", content,
                overwrite == null ? Map.of() : Map.of("overwrite", overwrite));
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
    void translatedArticleDownloadsAsAWebPageAndAsAWordDocument() throws Exception {
        HttpResponse<byte[]> page = get(BASE + "/export?format=article-html");
        assertEquals(200, page.statusCode());
        assertEquals("attachment; filename=\"seed.fr.article.html\"", page.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>Kim &amp; Poutine &lt;sommet&gt;</title>"), html);
        assertTrue(page.headers().firstValue("X-Tandem-Warning").orElse("").startsWith("38 of 39 units"));

        HttpResponse<byte[]> docx = get(BASE + "/export?format=docx");
        assertEquals(200, docx.statusCode());
        assertEquals("attachment; filename=\"seed.fr.docx\"", docx.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(docx.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals("PK", new String(docx.body(), 0, 2, StandardCharsets.US_ASCII));
    }

    @Test
    void unknownFormatIsRefusedWithJsonError() throws Exception {
        HttpResponse<byte[]> response = get(BASE + "/export?format=doc");
        assertEquals(415, response.statusCode());
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertTrue(error.get("error").asText().contains("unknown export format"), error.toString());
        HttpResponse<byte[]> noFormat = get(BASE + "/export");
        assertEquals(400, noFormat.statusCode());
        assertTrue(new ObjectMapper().readTree(noFormat.body()).get("error").asText().startsWith("choose a format"));
        HttpResponse<byte[]> unknown = get("/api/documents/nope/translations/fr/export?format=tmx");
        assertEquals(404, unknown.statusCode());
        assertTrue(new ObjectMapper().readTree(unknown.body()).get("error").asText().contains("nope"));
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
        assertEquals("La Corée du Nord s'arme.", workbench.translations().translation("seed", LanguageTag.of("fr")).units().get(1).target());

        HttpResponse<String> forced = upload("review.csv", csv, "true");
        assertEquals(1, new ObjectMapper().readTree(forced.body()).get("filled").asInt(), forced.body());
        assertEquals("Autre titre", workbench.translations().translation("seed", LanguageTag.of("fr")).units().get(0).target());
    }

    @Test
    void hostileUploadIsA400WithOneLine() throws Exception {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xliff version=\"2.1\">&x;</xliff>").getBytes(StandardCharsets.UTF_8);
        Translation before = workbench.translations().translation("seed", LanguageTag.of("fr"));
        HttpResponse<String> response = upload("evil.xlf", xxe, null);
        assertEquals(400, response.statusCode());
        String error = new ObjectMapper().readTree(response.body()).get("error").asText();
        assertTrue(error.contains("DOCTYPE declares entities"), error);
        assertFalse(error.contains("\n"), "one line: " + error);
        assertFalse(response.body().contains("root:"), response.body());
        assertEquals(before, workbench.translations().translation("seed", LanguageTag.of("fr")), "nothing was imported");
    }
}
