package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SegmentationRoutesTest {

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    @Test
    void builtInRulesAreDownloadableAsSrx() {
        assertEquals(0, server.json(server.get("/api/segmentation")).get("projectRules").get("languageRules").size());
        HttpResponse<String> srx = server.get("/api/segmentation/rules.srx");
        assertEquals(200, srx.statusCode());
        assertTrue(srx.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertTrue(srx.body().contains("<srx") && srx.body().contains("languagerule"), srx.body());
    }

    @Test
    void resplittingADocumentReportsItsSegments() {
        HttpResponse<String> response = server.post("/api/documents/seed/resegment", "text/plain", "");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(39, server.json(response).get("segments").asInt());
        assertEquals(404, server.post("/api/documents/nope/resegment", "text/plain", "").statusCode());
    }
}
