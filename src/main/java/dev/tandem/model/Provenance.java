package dev.tandem.model;


import java.time.Instant;

/**
 * Where a memory entry comes from: a unit of a document in the store or a reference TMX file, who
 * wrote it and when, its status, and whether it is an aligned pair nobody has checked yet.
 * {@code penalty} is subtracted from every score of the entry (a reference memory's penalty, as
 * OmegaT's penalty folders).
 */
public record Provenance(Kind kind, String name, String unit, String by, Instant updated, Status status,
                         boolean unverified, int penalty) {

    public enum Kind { DOCUMENT, REFERENCE }

    public static Provenance document(String document, String unit, String by, Instant updated, Status status, boolean unverified) {
        return new Provenance(Kind.DOCUMENT, document, unit, by, updated, status, unverified, 0);
    }

    /** A pair of a reference memory; {@code by} and {@code updated} as the file says (null when it does not). */
    public static Provenance reference(String name, String by, Instant updated, int penalty) {
        return new Provenance(Kind.REFERENCE, name, null, by, updated, null, false, penalty);
    }
}
