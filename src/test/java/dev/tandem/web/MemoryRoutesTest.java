package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.UnitEdit;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The memory's routes over real HTTP on the seed article. */
class MemoryRoutesTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    @Test
    void aConfirmedSentenceIsMatchedConcordedAndAnalyzed() {
        LanguageTag fr = LanguageTag.of("fr");
        Translation translation = server.workbench().translations().addLanguage("seed", fr);
        String first = translation.units().get(0).id();
        String second = translation.units().get(1).id();
        server.workbench().translations().save("seed", fr, new UnitEdit(first, 0, "Première phrase traduite.", Status.TRANSLATED, "ann", null));

        HttpResponse<String> matches = server.get("/api/documents/seed/translations/fr/units/" + first + "/matches?min=50");
        assertEquals(200, matches.statusCode(), matches.body());
        assertEquals(0, server.json(matches).get("matches").size(), "a unit is not its own match");

        String source = server.workbench().documents().document("seed").sourceText(translation.units().get(0));
        String word = source.split("\\s+")[0];
        HttpResponse<String> hits = server.get("/api/memory/concordance?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8) + "&from=en&to=fr");
        assertEquals(200, hits.statusCode(), hits.body());
        assertTrue(server.json(hits).get("hits").size() >= 1, hits.body());

        HttpResponse<String> analysis = server.get("/api/documents/seed/translations/fr/analysis");
        assertEquals(200, analysis.statusCode(), analysis.body());
        JsonNode bands = server.json(analysis).get("bands");
        assertTrue(bands.has("no match") && bands.has("context"), analysis.body());

        HttpResponse<String> repetitions = server.get("/api/documents/seed/translations/fr/units/" + second + "/repetitions");
        assertEquals(200, repetitions.statusCode(), repetitions.body());
    }

    @Test
    void aReferenceMemoryIsUploadedWithItsPenaltyListedShownWithItsTranslatorAndRemoved() throws Exception {
        byte[] tmx = java.nio.file.Files.readAllBytes(dev.tandem.TestWorkbench.fixture("omegat-level2.tmx"));
        HttpResponse<String> added = server.upload("/api/memory/references", "omegat-level2.tmx", "application/x-tmx+xml", tmx,
                java.util.Map.of("penalty", "3"));
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("omegat-level2", server.json(added).get("name").asText());
        assertEquals(2, server.json(added).get("units").asInt());
        assertEquals(3, server.json(added).get("penalty").asInt());

        JsonNode listed = server.json(server.get("/api/memory/references")).get("memories");
        assertEquals(1, listed.size());
        assertEquals("fr-FR", listed.get(0).get("targetLanguage").asText());

        JsonNode origin = server.json(server.get("/api/memory/concordance?q=fenetre&from=en&to=fr")).get("hits").get(0)
                .get("entry").get("origin");
        assertEquals("marie", origin.get("by").asText());
        assertEquals("2024-03-12T10:15:00Z", origin.get("updated").asText());
        assertEquals(3, origin.get("penalty").asInt());

        assertEquals(204, server.delete("/api/memory/references/omegat-level2").statusCode());
        assertEquals(0, server.json(server.get("/api/memory/references")).get("memories").size());
        assertEquals(0, server.json(server.get("/api/memory/concordance?q=fenetre&from=en&to=fr")).get("hits").size());
    }

    @Test
    void anUploadThatIsNoMemoryIsRefusedWithAMessage() {
        byte[] tmx = "<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> badPenalty = server.upload("/api/memory/references", "a.tmx", "application/xml", tmx, java.util.Map.of("penalty", "101"));
        assertEquals(400, badPenalty.statusCode(), badPenalty.body());
        assertTrue(server.json(badPenalty).get("error").asText().contains("penalty"), badPenalty.body());
        HttpResponse<String> notTmx = server.upload("/api/memory/references", "notes.txt", "text/plain", tmx, java.util.Map.of());
        assertEquals(415, notTmx.statusCode(), notTmx.body());
        HttpResponse<String> empty = server.upload("/api/memory/references", "a.tmx", "application/xml", tmx, java.util.Map.of());
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(server.json(empty).has("error"), empty.body());
        assertEquals(0, server.json(server.get("/api/memory/references")).get("memories").size(), "nothing was added");
    }

    @Test
    void badParametersAreFourHundredsWithAMessage() {
        server.workbench().translations().addLanguage("seed", LanguageTag.of("fr"));
        String unit = server.workbench().translations().translation("seed", LanguageTag.of("fr")).units().get(0).id();
        HttpResponse<String> badMin = server.get("/api/documents/seed/translations/fr/units/" + unit + "/matches?min=abc");
        assertEquals(400, badMin.statusCode());
        assertTrue(server.json(badMin).get("error").asText().contains("min"));
        assertEquals(400, server.get("/api/memory/concordance?q=").statusCode());
        assertEquals(404, server.delete("/api/memory/references/nothing").statusCode());
    }
}
