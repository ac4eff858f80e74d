package dev.tandem.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable fingerprints of text: for segment ids and for detecting a changed source. */
public final class SourceHash {

    private SourceHash() {
    }

    /** The first 16 hex digits of the SHA-256 of the UTF-8 text. */
    public static String of(String text) {
        return sha256(text).substring(0, 16);
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
