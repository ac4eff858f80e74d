package dev.tandem.web.auth;

import java.time.Instant;

/**
 * An API token as stored: its public id and the SHA-256 of its secret (the secret itself is shown
 * once, when it is made). A token of 256 random bits needs no slow hash: guessing is hopeless.
 */
public record ApiToken(String id, String sha256, String label, Instant created) {
}
