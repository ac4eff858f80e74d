package dev.tandem.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-server secret the page sends in {@code X-Tandem-Token} with uploads and other requests
 * that a cross-site form could also send. Another site cannot read it: {@code GET /api/session}
 * answers only same-origin pages (no CORS) and only under a Host this server answers as.
 */
final class RequestToken {

    static final String HEADER = "X-Tandem-Token";

    private final String value;

    RequestToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        this.value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String value() {
        return value;
    }

    boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
