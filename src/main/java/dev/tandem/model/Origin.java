package dev.tandem.model;

import java.time.Instant;

/** Where a document came from: the file it was imported from and when. */
public record Origin(String fileName, String mediaType, String sha256, Instant importedAt) {
}
