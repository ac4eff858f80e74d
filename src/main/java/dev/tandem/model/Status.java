package dev.tandem.model;

/** The state of a unit, as in XLIFF 2 ({@code initial, translated, reviewed, final}). */
public enum Status {
    INITIAL, TRANSLATED, REVIEWED, FINAL;

    /** True when this status is at least as far along as {@code other}. */
    public boolean atLeast(Status other) {
        return compareTo(other) >= 0;
    }
}
