package dev.tandem.extract;

import java.time.Duration;

/**
 * Bounds for parsing untrusted files: the largest input accepted, the most characters of text
 * kept, and the longest a parse may take.
 */
public record ExtractionLimits(long maxBytes, int maxCharacters, Duration timeout) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L * 1024 * 1024, 5_000_000, Duration.ofSeconds(60));
    }
}
