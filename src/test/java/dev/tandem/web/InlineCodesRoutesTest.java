package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import dev.tandem.model.LanguageTag;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The editor's view of inline codes over real HTTP: the source's codes come with each unit, a save carries the target's. */
class InlineCodesRoutesTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private JsonNode unit;

    @BeforeEach
    void importAPageWithALink() throws Exception {
        Path page = server.data().resolveSibling("plan.html");
        Files.writeString(page, "<html lang=\"en\"><head><title>Plan</title></head><body><article><h1>Plan</h1><p>Read the"
                + " <a href=\"https://example.org/plan\">planting plan</a> before Saturday, when the community garden opens"
                + " its gates to everyone.</p></article></body></html>", StandardCharsets.UTF_8);
        server.workbench().documents().importFile(page, LanguageTag.of("en"), "plan");
        server.workbench().translations().addLanguage("plan", LanguageTag.of("fr"));
        for (JsonNode candidate : server.json(server.get("/api/documents/plan/translations/fr")).get("units")) {
            if (candidate.has("sourceCodes")) {
                unit = candidate;
            }
        }
    }

    private HttpResponse<String> save(String target, String codes, String status) {
        return server.send("PUT", "/api/documents/plan/translations/fr/units/" + unit.get("id").asText(),
                "{\"baseRev\":" + unit.get("rev").asLong() + ",\"target\":\"" + target + "\",\"status\":\"" + status
                        + "\",\"by\":\"Ana\",\"codes\":" + codes + "}");
    }

    @Test
    void eachUnitComesWithItsSourceCodesAndTheirOriginalMarkup() {
        JsonNode codes = unit.get("sourceCodes");
        assertEquals(2, codes.size());
        assertEquals("open", codes.get(0).get("kind").asText());
        assertEquals("link", codes.get(0).get("type").asText());
        assertEquals("<a href=\"https://example.org/plan\">", codes.get(0).get("data").asText());
        assertEquals(9, codes.get(0).get("at").asInt());
    }

    @Test
    void aSaveCarriesTheTargetsCodesAndTheAnswerAndTheNextReadShowThem() throws Exception {
        String codes = "[{\"id\":\"1\",\"kind\":\"open\",\"at\":9,\"type\":\"link\",\"data\":\"<a href=\\\"https://example.org/plan\\\">\"},"
                + "{\"id\":\"1\",\"kind\":\"close\",\"at\":27,\"type\":\"link\",\"data\":\"</a>\"}]";
        HttpResponse<String> saved = save("Lisez le plan de plantation avant samedi.", codes, "translated");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(27, server.json(saved).get("codes").get(1).get("at").asInt());

        for (JsonNode read : server.json(server.get("/api/documents/plan/translations/fr")).get("units")) {
            if (read.get("id").equals(unit.get("id"))) {
                assertEquals(2, read.get("codes").size());
                return;
            }
        }
        throw new AssertionError("the saved unit is not listed");
    }

    @Test
    void confirmingWithTheLinkLeftOpenIsA400ThatSaysWhich() {
        HttpResponse<String> refused = save("Lisez le plan.", "[{\"id\":\"1\",\"kind\":\"open\",\"at\":9,\"type\":\"link\"}]", "translated");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(server.json(refused).get("error").asText().contains("code 1 is opened and not closed"), refused.body());

        assertEquals(200, save("Lisez le plan.", "[{\"id\":\"1\",\"kind\":\"open\",\"at\":9,\"type\":\"link\"}]", "initial").statusCode(),
                "a draft may be unfinished");
    }

    @Test
    void aCodePlacedPastTheEndOfTheTargetIsA400NotAServerError() {
        HttpResponse<String> refused = save("Court.", "[{\"id\":\"1\",\"kind\":\"open\",\"at\":40,\"type\":\"link\"}]", "initial");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(server.json(refused).get("error").asText().contains("inline codes"), refused.body());
    }

    @Test
    void aConfirmedTargetThatLeavesTheLinkOutGetsATagErrorFromQaAndTheReportListsIt() {
        HttpResponse<String> saved = save("Lisez le plan de plantation avant samedi.", "[]", "translated");
        assertEquals(200, saved.statusCode(), saved.body());
        JsonNode finding = null;
        for (JsonNode candidate : server.json(saved).get("findings")) {
            if (candidate.get("check").asText().equals("tags")) {
                finding = candidate;
            }
        }
        assertTrue(finding != null, saved.body());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("The link ⟨1⟩…⟨/1⟩ is missing in the translation.", finding.get("message").asText());
        assertTrue(server.get("/api/documents/plan/translations/fr/qa?spelling=false").body().contains("The link ⟨1⟩…⟨/1⟩ is missing"));
    }
}
