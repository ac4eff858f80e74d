package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import dev.tandem.TestWorkbench;
import dev.tandem.model.LanguageTag;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP on a real port. */
class WebServerTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    @TempDir
    Path folder;

    private JsonNode body(HttpResponse<String> response) {
        return server.json(response);
    }

    @Test
    void documentsAreListedWithTheirTitles() throws Exception {
        HttpResponse<String> response = server.send("GET", "/api/documents", null);
        assertEquals(200, response.statusCode());
        JsonNode documents = body(response);
        assertEquals(1, documents.size());
        assertEquals("seed", documents.get(0).get("id").asText());
        assertEquals(39, documents.get(0).get("segments").asInt());
    }

    @Test
    void openingADocumentGivesBlocksAndSegments() throws Exception {
        JsonNode document = body(server.send("GET", "/api/documents/seed", null)).get("document");
        assertEquals("title", document.get("blocks").get(0).get("type").asText());
        assertEquals(39, document.get("segments").size());
    }

    @Test
    void savedUnitIsThereWhenTheLanguageIsOpenedAgain() throws Exception {
        JsonNode units = body(server.send("GET", "/api/documents/seed/translations/pt-BR", null)).get("units");
        String unitId = units.get(2).get("id").asText();
        HttpResponse<String> saved = server.send("PUT", "/api/documents/seed/translations/pt-BR/units/" + unitId,
                "{\"baseRev\":0,\"target\":\"O líder norte-coreano\",\"status\":\"translated\",\"by\":\"Ana\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(1, body(saved).get("rev").asInt());

        JsonNode reopened = body(server.send("GET", "/api/documents/seed/translations/pt-br", null));
        assertEquals("pt-BR", reopened.get("language").asText());
        assertEquals("O líder norte-coreano", reopened.get("units").get(2).get("target").asText());
        assertEquals("translated", reopened.get("units").get(2).get("status").asText());
    }

    @Test
    void staleSaveIsRefusedWithCurrentValue() throws Exception {
        String unitId = body(server.send("GET", "/api/documents/seed/translations/fr", null)).get("units").get(0).get("id").asText();
        String path = "/api/documents/seed/translations/fr/units/" + unitId;
        assertEquals(200, server.send("PUT", path, "{\"baseRev\":0,\"target\":\"Premier\"}").statusCode());

        HttpResponse<String> stale = server.send("PUT", path, "{\"baseRev\":0,\"target\":\"Autre\"}");
        assertEquals(409, stale.statusCode());
        assertTrue(body(stale).get("error").asText().contains("saved by someone else"));
        assertEquals("Premier", body(stale).get("current").get("target").asText());
        assertEquals(1, body(stale).get("current").get("rev").asInt());
    }

    @Test
    void unknownDocumentIsNotFound() throws Exception {
        HttpResponse<String> response = server.send("GET", "/api/documents/no-such-doc", null);
        assertEquals(404, response.statusCode());
        assertTrue(body(response).get("error").asText().contains("no-such-doc"));
    }

    @Test
    void traversalIdIsRejected() throws Exception {
        HttpResponse<String> response = server.send("GET", "/api/documents/..%2Fx/translations/fr", null);
        assertEquals(400, response.statusCode());
        assertTrue(body(response).get("error").asText().startsWith("invalid document id"), response.body());
        assertFalse(Files.exists(server.data().resolveSibling("x")), "no folder outside the store");
    }

    @Test
    void badLanguageAndMalformedBodyAreClientErrors() throws Exception {
        HttpResponse<String> badLanguage = server.send("GET", "/api/documents/seed/translations/not_a_lang!", null);
        assertEquals(400, badLanguage.statusCode());
        assertTrue(body(badLanguage).get("error").asText().contains("not_a_lang!"), badLanguage.body());

        String unitId = body(server.send("GET", "/api/documents/seed/translations/fr", null)).get("units").get(0).get("id").asText();
        HttpResponse<String> malformed = server.send("PUT", "/api/documents/seed/translations/fr/units/" + unitId, "{not json");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(body(malformed).get("error").asText().startsWith("malformed JSON body"), malformed.body());
        assertEquals(0, server.workbench().translations().translation("seed", LanguageTag.of("fr")).units().get(0).rev(),
                "the unit was not saved");

        HttpResponse<String> sameAsSource = server.send("GET", "/api/documents/seed/translations/en", null);
        assertEquals(400, sameAsSource.statusCode());
        assertTrue(body(sameAsSource).get("error").asText().contains("must differ from the source language"), sameAsSource.body());
        assertEquals(java.util.List.of(), server.workbench().documents().languages("seed"), "no language was created");
    }

    @Test
    void unknownApiPathIsJsonNotFound() throws Exception {
        HttpResponse<String> response = server.send("GET", "/api/nothing-here", null);
        assertEquals(404, response.statusCode());
        assertTrue(body(response).has("error"));
    }

    @Test
    void startupSaysWhileTheSeedsAreImportedAndHowManyCameIn() throws Exception {
        assertFalse(body(server.get("/api/startup")).get("seeds").get("running").asBoolean(), "nothing to import yet");
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        Files.copy(TestWorkbench.fixture("seed-article.txt"), seeds.resolve("another-seed.txt"));

        server.workbench().seedImport().start(seeds);
        JsonNode progress = body(server.get("/api/startup")).get("seeds");
        for (int tries = 0; progress.get("running").asBoolean() && tries < 600; tries++) {
            Thread.sleep(50);
            progress = body(server.get("/api/startup")).get("seeds");
        }

        assertFalse(progress.get("running").asBoolean(), progress.toString());
        assertEquals(1, progress.get("imported").asInt(), progress.toString());
        assertTrue(server.get("/api/documents").body().contains("another-seed"));
    }

    @Test
    void pageIsServedWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = server.send("GET", "/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<main id=\"view\""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }
}
