package dev.tandem.web.auth;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id (RFC 9106) through Spring Security's encoder over Bouncy Castle: pure Java, salted,
 * with the parameters in the stored string so they can be raised later without breaking old hashes.
 */
final class PasswordHashing {

    static final int MIN_LENGTH = 10;

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    // Checked when the name is unknown, so that a wrong name takes as long as a wrong password. Made on
    // the first sign-in, not at start: one Argon2 hash is a good part of a second of a server's start-up.
    private String decoy;

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy() : hash);
    }

    private synchronized String decoy() {
        if (decoy == null) {
            decoy = encoder.encode("decoy password, never anyone's");
        }
        return decoy;
    }
}
