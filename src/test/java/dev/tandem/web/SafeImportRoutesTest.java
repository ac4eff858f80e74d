package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The documents page's import over real HTTP: no upload replaces a document unless asked to. */
class SafeImportRoutesTest {

    private static final LanguageTag FR = LanguageTag.of("fr");
    private static final byte[] GARDEN = ("Community garden opens\n\nThe new garden on Elm Street opened on Saturday.\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_GARDEN = ("Garden news\n\nA storm damaged the greenhouse last night.\n")
            .getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private Workbench workbench;

    @BeforeEach
    void translateTheGardenArticle() {
        workbench = server.workbench();
        workbench.documents().importContent(GARDEN, "garden-news.txt", LanguageTag.of("en"), null);
        for (Unit unit : workbench.translations().translation("garden-news", FR).units()) {
            workbench.translations().save("garden-news", FR, new UnitEdit(unit.id(), 0, "Traduit", Status.TRANSLATED, "Ana", null));
        }
    }

    private HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        return server.upload(path, fileName, "application/octet-stream", content, fields);
    }

    @Test
    void previewOfAFileWhoseIdIsTakenShowsTheExistingDocumentAndAFreeId() {
        HttpResponse<String> response = upload("/api/preview", "garden-news.txt", OTHER_GARDEN, Map.of());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode preview = server.json(response);
        assertEquals("garden-news", preview.get("existing").get("id").asText());
        assertEquals("Community garden opens", preview.get("existing").get("title").asText());
        assertEquals(2, preview.get("existing").get("translated").get("fr").asInt());
        assertEquals("garden-news-2", preview.get("freeId").asText());
    }

    @Test
    void previewOfTheSameFileAgainShowsNoCollision() {
        JsonNode preview = server.json(upload("/api/preview", "garden-news.txt", GARDEN, Map.of()));
        assertFalse(preview.has("existing"), preview.toString());
    }

    @Test
    void uploadWhoseIdIsTakenIsRefusedWithTheFactsAndLeavesTheDocumentAlone() {
        HttpResponse<String> response = upload("/api/documents", "garden-news.txt", OTHER_GARDEN, Map.of("lang", "en"));
        assertEquals(409, response.statusCode(), response.body());
        String error = server.json(response).get("error").asText();
        assertTrue(error.startsWith("garden-news exists: 'Community garden opens', 2 units translated into fr"), error);
        assertTrue(error.contains("Replace"), error);
        assertEquals("Community garden opens", workbench.documents().document("garden-news").title());
        assertEquals(2, workbench.translations().translation("garden-news", FR).units().stream().filter(Unit::hasTarget).count());
    }

    @Test
    void uploadWithTheFreeIdIsANewDocument() {
        HttpResponse<String> response = upload("/api/documents", "garden-news.txt", OTHER_GARDEN,
                Map.of("lang", "en", "id", "garden-news-2"));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("Garden news", workbench.documents().document("garden-news-2").title());
        assertEquals("Community garden opens", workbench.documents().document("garden-news").title());
    }

    @Test
    void uploadWithReplaceIsTheDocumentsNewVersion() {
        HttpResponse<String> response = upload("/api/documents", "garden-news.txt", OTHER_GARDEN,
                Map.of("lang", "en", "replace", "true"));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("Garden news", workbench.documents().document("garden-news").title());
    }

    @Test
    void bilingualFileUploadedAsAnArticleIsRefusedNamingTheButtonThatFillsTheTranslation() {
        byte[] xliff = workbench.exchange().export("garden-news", FR, dev.tandem.model.ExchangeFormat.XLIFF,
                new dev.tandem.model.ExportOptions(null, null)).content();
        for (String path : new String[] {"/api/preview", "/api/documents"}) {
            HttpResponse<String> response = upload(path, "garden-news.fr.xlf", xliff, Map.of());
            assertEquals(400, response.statusCode(), response.body());
            String error = server.json(response).get("error").asText();
            assertTrue(error.contains("is a bilingual XLIFF file, not an article"), error);
            assertTrue(error.contains("open garden-news → fr and use “Import bilingual file”"), error);
        }
        assertEquals(2, workbench.documents().list().size());
    }

    @Test
    void bilingualImportMatchingNothingIsAClearError() {
        byte[] csv = "source,target\r\nNothing like it.,Rien.\r\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = upload("/api/documents/seed/translations/fr/import", "other.csv", csv, Map.of());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(server.json(response).get("error").asText().contains("the file is for another document"), response.body());
    }
}
