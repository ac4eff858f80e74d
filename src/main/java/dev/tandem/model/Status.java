package dev.tandem.model;

import java.util.Locale;

/** The state of a unit, as in XLIFF 2 ({@code initial, translated, reviewed, final}). */
public enum Status {
    INITIAL, TRANSLATED, REVIEWED, FINAL;

    /**
     * A status as the CLI and the HTTP API spell it ({@code translated}, {@code Reviewed}, …).
     *
     * @throws TandemException (BAD_INPUT) for any other word
     */
    public static Status parse(String name) {
        String wanted = name == null ? "" : name.strip();
        try {
            return valueOf(wanted.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TandemException.badInput("unknown status '" + wanted + "' (use initial, translated, reviewed or final)");
        }
    }

    /** True when this status is at least as far along as {@code other}. */
    public boolean atLeast(Status other) {
        return compareTo(other) >= 0;
    }
}
