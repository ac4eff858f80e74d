package dev.tandem.cli;

import java.util.ArrayList;
import java.util.List;

/** Where a long text can be cut into parts without cutting a paragraph: just after a blank line. */
final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * Cut points about {@code partSize} characters apart, each just after a blank line (a line break,
     * then only spaces, tabs or carriage returns, then another line break); none for a text shorter
     * than two parts or without blank lines.
     */
    static List<Integer> boundaries(String text, int partSize) {
        List<Integer> cuts = new ArrayList<>();
        int from = partSize;
        while (from < text.length() - partSize) {
            int cut = afterBlankLine(text, from);
            if (cut < 0 || cut >= text.length()) {
                break;
            }
            cuts.add(cut);
            from = cut + partSize;
        }
        return cuts;
    }

    private static int afterBlankLine(String text, int from) {
        for (int newline = text.indexOf('\n', from); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            int next = newline + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '\n') {
                return next + 1;
            }
        }
        return -1;
    }
}
