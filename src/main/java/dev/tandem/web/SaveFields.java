package dev.tandem.web;

import dev.tandem.model.TandemException;

/**
 * Limits on what a save may carry, generous for a translator and small enough that a note is not
 * a megabyte rewritten on every later save; and text that every export format can carry (no lone
 * surrogates, no control characters other than tab and line breaks, which XML 1.0 forbids).
 */
final class SaveFields {

    static final int MAX_NOTE = 10_000;
    static final int MAX_BY = 200;

    private SaveFields() {
    }

    static void check(String target, String by, String note) {
        text("target", target, Integer.MAX_VALUE);
        text("by", by, MAX_BY);
        text("note", note, MAX_NOTE);
    }

    static void text(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        if (value.length() > maxLength) {
            throw TandemException.badInput("the " + field + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw TandemException.badInput("the " + field + " holds an invalid character (a lone surrogate, U+"
                        + String.format("%04X", (int) c) + ", at position " + i + ")");
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                throw TandemException.badInput("the " + field + " holds a control character (U+"
                        + String.format("%04X", (int) c) + ", at position " + i + ") that exported files cannot carry");
            }
        }
    }
}
