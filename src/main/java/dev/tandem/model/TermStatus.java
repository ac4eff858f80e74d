package dev.tandem.model;

import java.util.Locale;

/**
 * How a translation may be used, as TBX's administrative status says it: {@code preferred}
 * (use this), {@code admitted} (acceptable), {@code forbidden} (never use it; deprecated,
 * superseded or "not recommended" in TBX).
 */
public enum TermStatus {
    PREFERRED, ADMITTED, FORBIDDEN;

    /**
     * The status of a TBX administrativeStatus / normativeAuthorization value, as TBX-Basic
     * ({@code preferredTerm-admn-sts}), TBX v3 ({@code preferred}, {@code notRecommended}) and
     * Weblate ({@code forbidden}, {@code obsolete}) write it; unknown values are admitted.
     */
    public static TermStatus ofTbx(String value) {
        if (value == null || value.isBlank()) {
            return ADMITTED;
        }
        String plain = value.strip().toLowerCase(Locale.ROOT).replace("-admn-sts", "").replace("term", "");
        return switch (plain) {
            case "preferred", "standardized", "regulated" -> PREFERRED;
            case "deprecated", "superseded", "forbidden", "obsolete", "notrecommended", "not recommended",
                 "legal", "rejected" -> FORBIDDEN;
            default -> ADMITTED;
        };
    }

    /** The TBX-Basic value written on export. */
    public String tbxValue() {
        return switch (this) {
            case PREFERRED -> "preferredTerm-admn-sts";
            case ADMITTED -> "admittedTerm-admn-sts";
            case FORBIDDEN -> "deprecatedTerm-admn-sts";
        };
    }

    /** Parses our own spelling ({@code preferred}, {@code admitted}, {@code forbidden}) or a TBX value. */
    public static TermStatus parse(String value) {
        if (value == null || value.isBlank()) {
            return ADMITTED;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ofTbx(value);
        }
    }

    /** One of our own three spellings, for a status a user chose; anything else is refused. */
    public static TermStatus strict(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TandemException.badInput("a term's status is preferred, admitted or forbidden, not \"" + value.strip() + "\"");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
