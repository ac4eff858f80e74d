package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestServer;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** QA and glossary over real HTTP: findings on save, the report, ignoring with a reason, terms in a unit. */
class QualityRoutesTest {

    private static final String FR = "/api/documents/seed/translations/fr";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode unit(int index) {
        return server.json(server.get(FR)).get("units").get(index);
    }

    private HttpResponse<String> save(JsonNode unit, String target, String status) throws Exception {
        return server.send("PUT", FR + "/units/" + unit.get("id").asText(), json.writeValueAsString(
                Map.of("baseRev", unit.get("rev").asLong(), "target", target, "status", status)));
    }

    @Test
    void saveAnswersWithTheFindingsOfWhatWasSaved() throws Exception {
        JsonNode unit = unit(0);
        HttpResponse<String> saved = save(unit, unit.get("sources").size() > 0 ? "Texte sans fin" : "", "translated");
        assertEquals(200, saved.statusCode(), saved.body());
        JsonNode findings = server.json(saved).get("findings");
        assertTrue(findings.isArray(), saved.body());
        assertTrue(findings.findValuesAsText("check").contains("end-punctuation"), saved.body());
    }

    @Test
    void aTargetCanBeCheckedBeforeItIsConfirmed() throws Exception {
        JsonNode unit = unit(0);
        HttpResponse<String> checked = server.send("POST", FR + "/units/" + unit.get("id").asText() + "/qa",
                "{\"target\":\"\",\"status\":\"reviewed\"}");
        assertEquals(200, checked.statusCode(), checked.body());
        JsonNode finding = server.json(checked).get("findings").get(0);
        assertEquals("empty-confirmed", finding.get("check").asText());
        assertEquals("error", finding.get("severity").asText());
        assertEquals("", unit(0).get("target").asText(), "checking saves nothing");
    }

    @Test
    void ignoredFindingIsPersistedAndReportedWithItsReason() throws Exception {
        JsonNode unit = unit(0);
        save(unit, "Texte sans fin", "translated");
        JsonNode report = server.json(server.get(FR + "/qa?spelling=false"));
        JsonNode finding = report.get("units").get(0).get("findings").get(0);
        HttpResponse<String> ignored = server.send("POST", FR + "/units/" + unit.get("id").asText() + "/qa/ignored",
                json.writeValueAsString(Map.of("key", finding.get("key").asText(), "reason", "A headline has no full stop", "by", "Ana")));
        assertEquals(201, ignored.statusCode(), ignored.body());
        String stored = Files.readString(server.data().resolve("seed/fr.qa.json"), StandardCharsets.UTF_8);
        assertTrue(stored.contains("\"reason\": \"A headline has no full stop\""), stored);
        JsonNode again = server.json(server.get(FR + "/qa?spelling=false")).get("units").get(0).get("findings").get(0);
        assertEquals("A headline has no full stop", again.get("ignoredReason").asText());
        assertEquals("Ana", again.get("ignoredBy").asText());

        HttpResponse<String> noReason = server.send("POST", FR + "/units/" + unit.get("id").asText() + "/qa/ignored",
                "{\"key\":\"x\",\"reason\":\" \"}");
        assertEquals(400, noReason.statusCode());
        assertEquals("an ignored finding needs a reason", server.json(noReason).get("error").asText());
        HttpResponse<String> shown = server.send("DELETE", FR + "/units/" + unit.get("id").asText() + "/qa/ignored?key="
                + java.net.URLEncoder.encode(finding.get("key").asText(), StandardCharsets.UTF_8), null);
        assertEquals(204, shown.statusCode(), shown.body());
    }

    @Test
    void termAddedFromTheEditorIsFoundInflectedInTheUnitSourceWithItsOffsets() throws Exception {
        HttpResponse<String> added = server.send("POST", "/api/glossary/terms", json.writeValueAsString(
                Map.of("from", "en", "to", "fr", "source", "summits", "target", "sommet", "status", "preferred")));
        assertEquals(201, added.statusCode(), added.body());
        JsonNode hints = server.json(server.get(FR + "/units/" + unit(0).get("id").asText() + "/terms")).get("terms");
        assertEquals(1, hints.size(), hints.toString());
        assertEquals("summit", hints.get(0).get("text").asText());
        assertEquals("sommet", hints.get(0).get("term").get("target").asText());
        assertEquals("Kim Jong-Un on a visit to Russia holds a ".length(), hints.get(0).get("start").asInt());
        HttpResponse<String> empty = server.send("POST", "/api/glossary/terms", "{\"from\":\"en\",\"to\":\"fr\",\"source\":\"x\"}");
        assertEquals(400, empty.statusCode());
        assertEquals("a term needs a source and a target", server.json(empty).get("error").asText());
    }

    @Test
    void aTermsTranslationStatusAndNoteAreChangedAndTheTermDeleted() throws Exception {
        JsonNode term = server.json(server.send("POST", "/api/glossary/terms", json.writeValueAsString(
                Map.of("from", "en", "to", "fr", "source", "summit", "target", "sommet", "status", "preferred"))));
        String path = "/api/glossary/terms/" + term.get("id").asText();
        HttpResponse<String> changed = server.send("PUT", path, json.writeValueAsString(
                Map.of("target", "rencontre au sommet", "status", "admitted", "note", "Only for meetings of heads of state")));
        assertEquals(200, changed.statusCode(), changed.body());
        JsonNode listed = server.json(server.get("/api/glossary?from=en&to=fr")).get("terms").get(0);
        assertEquals("rencontre au sommet", listed.get("target").asText());
        assertEquals("admitted", listed.get("status").asText());
        assertEquals("Only for meetings of heads of state", listed.get("note").asText());
        assertEquals("summit", listed.get("source").asText(), "the source side stays");

        HttpResponse<String> cleared = server.send("PUT", path, "{\"note\":\"\"}");
        assertEquals(200, cleared.statusCode(), cleared.body());
        assertTrue(server.json(cleared).path("note").isMissingNode() || server.json(cleared).get("note").isNull(), cleared.body());
        assertEquals("rencontre au sommet", server.json(cleared).get("target").asText(), "what the body leaves out stays");

        HttpResponse<String> badStatus = server.send("PUT", path, "{\"status\":\"maybe\"}");
        assertEquals(400, badStatus.statusCode());
        assertEquals("a term's status is preferred, admitted or forbidden, not \"maybe\"", server.json(badStatus).get("error").asText());
        HttpResponse<String> blank = server.send("PUT", path, "{\"target\":\"  \"}");
        assertEquals(400, blank.statusCode());
        assertEquals("a term needs a translation (delete the term instead)", server.json(blank).get("error").asText());
        assertEquals(404, server.send("PUT", "/api/glossary/terms/t999", "{\"target\":\"x\"}").statusCode());

        assertEquals(204, server.send("DELETE", path, null).statusCode());
        assertEquals(0, server.json(server.get("/api/glossary?from=en&to=fr")).get("terms").size());
        assertEquals(404, server.send("DELETE", path, null).statusCode());
    }

    @Test
    void tbxUploadImportsAndExportsAgain() throws Exception {
        byte[] tbx;
        try (InputStream input = getClass().getResourceAsStream("/terms/multiterm-export.tbx")) {
            tbx = input.readAllBytes();
        }
        HttpResponse<String> imported = server.upload("/api/glossary/import", "multiterm.tbx", "application/xml", tbx, Map.of());
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, server.json(imported).get("imported").asInt());
        HttpResponse<String> exported = server.get("/api/glossary/export?format=tbx&to=de");
        assertEquals(200, exported.statusCode());
        assertTrue(exported.body().contains("<term>Ausgangsdatei</term>"), exported.body());
        assertEquals(2, server.json(server.get("/api/glossary?to=de")).get("terms").size());
        HttpResponse<String> wrong = server.upload("/api/glossary/import", "terms.pdf", "application/pdf", new byte[] {1}, Map.of());
        assertEquals(415, wrong.statusCode(), wrong.body());
    }
}
