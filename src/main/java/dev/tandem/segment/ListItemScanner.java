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
        String label = text.substring(start, labelEnd);
        int from = labelEnd;
        for (int item = 0; item < MAX_ITEMS; item++) {
            label = numbered ? String.valueOf(Integer.parseInt(label) + 1) : String.valueOf((char) (label.charAt(0) + 1));
            int found = findMarker(text, label + suffix, from);
            if (found < 0) {
                return;
            }
            candidates.add(found);
            from = found + label.length();
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

    /** The marker must stand after a space, or after a bullet that stands after a space. */
    private static int findMarker(String text, String marker, int from) {
        for (int at = text.indexOf(marker, from); at > 0; at = text.indexOf(marker, at + 1)) {
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
}
