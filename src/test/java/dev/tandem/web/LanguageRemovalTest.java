package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code DELETE /api/documents/{doc}/translations/{lang}} over real HTTP: the language goes, its files are kept. */
class LanguageRemovalTest {

    private static final String FRENCH = "/api/documents/seed/translations/fr";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    @Test
    void removedLanguageLeavesTheDocumentAndItsFilesGoToTheTrash() throws IOException {
        JsonNode first = server.json(server.get(FRENCH)).get("units").get(0);
        HttpResponse<String> saved = server.put(FRENCH + "/units/" + first.get("id").asText(),
                "{\"baseRev\":0,\"target\":\"Kim Jong-Un en visite en Russie\",\"status\":\"translated\",\"by\":\"Ana\"}");
        assertEquals(200, saved.statusCode(), saved.body());

        HttpResponse<String> removed = server.delete(FRENCH);
        assertEquals(200, removed.statusCode(), removed.body());
        String trash = server.json(removed).get("trash").asText();
        assertTrue(trash.startsWith("seed/.trash/fr-"), trash);
        Path kept = server.data().resolve(trash).resolve("fr.json");
        assertTrue(Files.isRegularFile(kept), "the units are kept in " + trash);
        assertTrue(Files.readString(kept).contains("Kim Jong-Un en visite en Russie"));
        assertFalse(Files.exists(server.data().resolve("seed/fr.json")));

        JsonNode documents = server.json(server.get("/api/documents"));
        assertFalse(documents.get(0).get("languages").toString().contains("\"fr\""), documents.toString());
        assertEquals("", server.json(server.get(FRENCH)).get("units").get(0).get("target").asText(), "added again, it starts empty");
    }

    @Test
    void removingALanguageTheDocumentDoesNotHaveIsNotFound() {
        HttpResponse<String> response = server.delete("/api/documents/seed/translations/de");
        assertEquals(404, response.statusCode());
        assertTrue(server.json(response).get("error").asText().contains("no de translation"), response.body());
        assertEquals(404, server.delete("/api/documents/nothing/translations/fr").statusCode());
    }
}
