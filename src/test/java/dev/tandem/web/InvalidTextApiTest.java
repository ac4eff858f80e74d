package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Text that has no UTF-8 form is refused where it enters, never stored as something else. */
class InvalidTextApiTest {

    private static final String UNITS = "/api/documents/seed/translations/fr/units/";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    @Test
    void aTargetWithALoneSurrogateIsRefusedWith400AndTheUnitStaysAsItWas() throws Exception {
        JsonNode unit = server.json(server.get("/api/documents/seed/translations/fr")).get("units").get(0);
        String id = unit.get("id").asText();

        HttpResponse<String> refused = server.send("PUT", UNITS + id,
                "{\"baseRev\":0,\"target\":\"x\\ud800y\",\"status\":\"translated\",\"by\":\"Ana\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(server.json(refused).get("error").asText().contains("surrogate"), refused.body());
        JsonNode stored = server.json(server.get("/api/documents/seed/translations/fr")).get("units").get(0);
        assertEquals("", stored.get("target").asText(), "not stored as x?y");
        assertEquals(0, stored.get("rev").asLong());
    }
}
