package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.RawHttp;
import dev.tandem.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DNS rebinding: a page whose name points at 127.0.0.1 sends its own name as Host, and is refused. */
class HostHeaderTest {

    @RegisterExtension
    static final TestServer server = TestServer.withSeed();

    private static int port() {
        return Integer.parseInt(server.url("").replaceAll(".*:", ""));
    }

    @Test
    void aRebindingHostIsRefusedForTheApiAndThePage() {
        for (String path : List.of("/api/documents", "/api/session", "/", "/js/api.js")) {
            RawHttp.Answer answer = RawHttp.get(port(), path, "evil.example:" + port());
            assertEquals(403, answer.status(), path + ": " + answer.body());
            assertTrue(answer.body().contains("\"error\""), answer.body());
            assertFalse(answer.body().contains("seed"), "no document leaks: " + answer.body());
            assertNotNull(answer.header("Content-Security-Policy"), answer.headers());
        }
    }

    @Test
    void aNameThatOnlyEndsLikeLocalhostIsRefused() {
        assertEquals(403, RawHttp.get(port(), "/api/documents", "localhost.evil.example").status());
        assertEquals(403, RawHttp.get(port(), "/api/documents", "127.0.0.1.nip.io:" + port()).status());
    }

    @Test
    void loopbackNamesAndAddressesAreAnswered() {
        for (String host : List.of("127.0.0.1:" + port(), "localhost:" + port(), "LOCALHOST", "[::1]:" + port(), "127.0.0.2")) {
            RawHttp.Answer answer = RawHttp.get(port(), "/api/documents", host);
            assertEquals(200, answer.status(), host + ": " + answer.body());
            assertTrue(answer.body().contains("\"seed\""), answer.body());
        }
    }

    @Test
    void aMissingHostIsRefused() {
        RawHttp.Answer answer = RawHttp.send(port(), "GET /api/documents HTTP/1.0\r\n\r\n");
        assertEquals(403, answer.status(), answer.body());
    }
}
