package dev.tandem.segment;

import dev.tandem.segment.LanguageProfile.AbbreviationKind;
import java.util.Locale;
import java.util.Map;

/**
 * A language's abbreviations, looked up straight from a range of the text: almost every sentence
 * end asks whether its last word is an abbreviation, and cutting, lower-casing and hashing a new
 * string for each of them cost more than the rest of the rules together. Words made of ASCII
 * characters are found in an open-addressing table without allocating; any other word takes the
 * ordinary path through the profile's map, so the answers are exactly the map's.
 */
final class AbbreviationIndex {

    private final Map<String, AbbreviationKind> abbreviations;
    private final String[] keys;
    private final AbbreviationKind[] kinds;
    private final int mask;

    AbbreviationIndex(Map<String, AbbreviationKind> abbreviations) {
        this.abbreviations = abbreviations;
        int capacity = Integer.highestOneBit(Math.max(4, abbreviations.size() * 4) - 1) << 1;
        this.keys = new String[capacity];
        this.kinds = new AbbreviationKind[capacity];
        this.mask = capacity - 1;
        abbreviations.forEach((key, kind) -> {
            if (isAscii(key)) {
                int slot = spread(key.hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                kinds[slot] = kind;
            }
        });
    }

    /** The kind of the abbreviation {@code text[from, to)} (its final dot excluded), or null. */
    AbbreviationKind find(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return abbreviations.get(text.substring(from, to).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + lower(c);
        }
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (matches(keys[slot], text, from, to)) {
                return kinds[slot];
            }
        }
        return null;
    }

    private static boolean matches(String key, String text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (key.charAt(i - from) != lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean isAscii(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
