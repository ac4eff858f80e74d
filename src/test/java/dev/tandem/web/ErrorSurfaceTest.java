package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.RawHttp;
import dev.tandem.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Errors Jetty answers before the routes: JSON with the security headers, never Jetty's HTML page. */
class ErrorSurfaceTest {

    @RegisterExtension
    static final TestServer server = TestServer.withSeed();

    private static int port() {
        return Integer.parseInt(server.url("").replaceAll(".*:", ""));
    }

    private static void assertJsonError(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.headers() + "\n" + answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.headers());
        assertTrue(answer.body().startsWith("{\"error\":"), answer.body());
        assertFalse(answer.body().contains("<"), "no HTML: " + answer.body());
        assertFalse(answer.body().toLowerCase().contains("jetty"), "no internals: " + answer.body());
        assertNotNull(answer.header("Content-Security-Policy"), answer.headers());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.headers());
    }

    @Test
    void aNulInThePathIsAJsonError() {
        assertJsonError(RawHttp.get(port(), "/api/documents/a%00b", "127.0.0.1"), 400);
        assertJsonError(RawHttp.get(port(), "/%00", "127.0.0.1"), 400);
    }

    @Test
    void anOverLongAddressIsAJsonError() {
        RawHttp.Answer answer = RawHttp.get(port(), "/api/documents/" + "a".repeat(20_000), "127.0.0.1");
        assertEquals('4', String.valueOf(answer.status()).charAt(0), answer.headers());
        assertJsonError(answer, answer.status());
    }

    @Test
    void overLargeHeadersAreAJsonError() {
        RawHttp.Answer answer = RawHttp.send(port(), "GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: "
                + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertJsonError(answer, 431);
    }

    @Test
    void aMalformedRequestLineIsAJsonError() {
        assertJsonError(RawHttp.send(port(), "GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n"), 400);
    }
}
