package dev.tandem.web;

import java.util.Map;

/** The headers every answer carries, the page's and the API's, errors from Jetty itself included. */
final class SecurityHeaders {

    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "object-src 'none'; frame-ancestors 'none'",
            "Cache-Control", "no-store");

    private SecurityHeaders() {
    }
}
