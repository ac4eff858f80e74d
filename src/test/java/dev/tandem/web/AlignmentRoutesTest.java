package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import dev.tandem.TestWorkbench;
import dev.tandem.model.LanguageTag;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Aligning a translation over real HTTP. */
class AlignmentRoutesTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private HttpResponse<String> post(String path, String contentType, String body) {
        return server.post(path, contentType, body);
    }

    private HttpResponse<String> get(String path) {
        return server.get(path);
    }

    private HttpResponse<String> alignPasted(String text) {
        return post("/api/documents/seed/translations/fr/alignment", "application/x-www-form-urlencoded",
                "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    @Test
    void pastedTranslationIsAlignedAndFillsTheUnits() throws Exception {
        String french = Files.readString(TestWorkbench.fixture("seed-article.fr.txt"));
        HttpResponse<String> aligned = alignPasted(french);
        assertEquals(201, aligned.statusCode(), aligned.body());
        JsonNode beads = server.json(aligned).get("beads");
        assertTrue(beads.size() > 30);
        assertTrue(beads.get(0).get("target").get(0).get("text").asText().startsWith("Kim Jong-Un en visite"));

        JsonNode units = server.json(get("/api/documents/seed/translations/fr")).get("units");
        assertTrue(units.get(0).get("target").asText().startsWith("Kim Jong-Un en visite"));
        assertEquals(beads.size(), server.json(get("/api/documents/seed/translations/fr/alignment")).get("beads").size());
    }

    @Test
    void verifyingABeadMarksItAndItsUnitReviewed() throws Exception {
        alignPasted(Files.readString(TestWorkbench.fixture("seed-article.fr.txt")));
        HttpResponse<String> verified = post("/api/documents/seed/translations/fr/alignment/beads/0/verify", "text/plain", "");
        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(server.json(verified).get("beads").get(0).get("verified").asBoolean());
        assertEquals("reviewed", server.json(get("/api/documents/seed/translations/fr")).get("units").get(0).get("status").asText());
    }

    @Test
    void badRequestsAreClientErrorsThatSayWhyAndChangeNothing() throws Exception {
        HttpResponse<String> none = get("/api/documents/seed/translations/fr/alignment");
        assertEquals(404, none.statusCode());
        assertTrue(server.json(none).get("error").asText().contains("align a translation first"), none.body());
        HttpResponse<String> blank = alignPasted("   ");
        assertEquals(400, blank.statusCode());
        assertTrue(server.json(blank).get("error").asText().contains("paste its text"), blank.body());
        assertTrue(server.workbench().translations().translation("seed", LanguageTag.of("fr")).units().stream()
                .noneMatch(unit -> unit.hasTarget()), "nothing was aligned");

        alignPasted(Files.readString(TestWorkbench.fixture("seed-article.fr.txt")));
        String before = get("/api/documents/seed/translations/fr/alignment").body();
        HttpResponse<String> unknownEdit = post("/api/documents/seed/translations/fr/alignment/beads/0/explode", "text/plain", "");
        assertEquals(400, unknownEdit.statusCode());
        assertTrue(server.json(unknownEdit).get("error").asText().contains("unknown bead edit"));
        HttpResponse<String> notANumber = post("/api/documents/seed/translations/fr/alignment/beads/x/merge", "text/plain", "");
        assertEquals(400, notANumber.statusCode());
        assertTrue(server.json(notANumber).get("error").asText().contains("a bead is named by its number: x"), notANumber.body());
        assertEquals(before, get("/api/documents/seed/translations/fr/alignment").body(), "the alignment is as it was");
    }
}
