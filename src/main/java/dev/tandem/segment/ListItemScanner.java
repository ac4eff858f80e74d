package dev.tandem.segment;

import static dev.tandem.segment.Punctuation.isBullet;
import static dev.tandem.segment.Punctuation.isSpace;

/**
 * A paragraph that opens with a list marker ("1.", "1.)", "2)", "a.", "• 9.") and runs its items
 * together on one line: each following marker in sequence starts a new segment, even without a
 * full stop before it ("1. The first item 2. The second item").
 */
final class ListItemScanner {

    private static final int MAX_ITEMS = 200;
    private static final String[] SUFFIXES = {".) ", ") ", ". "};

    private ListItemScanner() {
    }

    static void scan(String text, IntList candidates) {
        int start = 0;
        while (start < text.length() && isSpace(text.charAt(start))) {
            start++;
        }
        if (start < text.length() && isBullet(text.charAt(start))) {
            start++;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        int labelEnd = start;
        while (labelEnd < text.length() && labelEnd - start < 3 && Character.isDigit(text.charAt(labelEnd))) {
            labelEnd++;
        }
        boolean numbered = labelEnd > start;
        if (!numbered) {
            if (start >= text.length() || text.charAt(start) < 'a' || text.charAt(start) > 'y') {
                return;
            }
            labelEnd = start + 1;
        }
        String suffix = suffixAt(text, labelEnd);
        if (suffix == null) {
            return;
        }
        // Labels are compared in place, not built as strings: this runs for every paragraph that
        // opens with a number, and building "2. ", "3. ", ... cost more than ICU's pass over it.
        int label = numbered ? Integer.parseInt(text, start, labelEnd, 10) : text.charAt(start);
        int from = labelEnd;
        for (int item = 0; item < MAX_ITEMS; item++) {
            label++;
            int found = findMarker(text, numbered, label, suffix, from);
            if (found < 0) {
                return;
            }
            candidates.add(found);
            from = found + (numbered ? decimalLength(label) : 1);
        }
    }

    private static String suffixAt(String text, int at) {
        for (String suffix : SUFFIXES) {
            if (text.startsWith(suffix, at)) {
                return suffix;
            }
        }
        return null;
    }

    /**
     * The first marker (the label, then the suffix) at or after {@code from}. It must stand after a
     * space, or after a bullet that stands after a space.
     */
    private static int findMarker(String text, boolean numbered, int label, String suffix, int from) {
        int labelLength = numbered ? decimalLength(label) : 1;
        for (int end = text.indexOf(suffix, from + labelLength); end >= 0; end = text.indexOf(suffix, end + 1)) {
            int at = end - labelLength;
            if (at <= 0 || !(numbered ? isNumber(text, at, end, label) : text.charAt(at) == label)) {
                continue;
            }
            int before = at - 1;
            if (isBullet(text.charAt(before))) {
                if (before > 0 && isSpace(text.charAt(before - 1))) {
                    return before;
                }
            } else if (isSpace(text.charAt(before))) {
                return before > 0 && isBullet(text.charAt(before - 1)) ? before - 1 : at;
            }
        }
        return -1;
    }

    /** Whether {@code text[from, to)} is {@code number} in ASCII digits. */
    private static boolean isNumber(String text, int from, int to, int number) {
        int value = number;
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || c - '0' != value % 10) {
                return false;
            }
            value /= 10;
        }
        return value == 0;
    }

    private static int decimalLength(int number) {
        int length = 1;
        for (int rest = number / 10; rest > 0; rest /= 10) {
            length++;
        }
        return length;
    }
}
