package dev.tandem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Progress through a batch of more than a handful of files: a bar redrawn in place on a terminal,
 * otherwise a {@code [3/12]} count in front of each imported file's line.
 */
final class ImportProgress {

    /** Up to this many files a batch is quick and its lines speak for themselves. */
    static final int HANDFUL = 5;
    private static final int BAR_WIDTH = 30;

    private final int total;
    private final PrintWriter terminal;
    private final boolean shown;
    private int current;

    ImportProgress(int total, PrintWriter err, boolean onTerminal) {
        this.total = total;
        this.shown = total > HANDFUL;
        this.terminal = shown && onTerminal ? err : null;
    }

    void starting(Path file) {
        current++;
        if (terminal != null) {
            int filled = BAR_WIDTH * (current - 1) / total;
            terminal.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + (current - 1) + "/" + total
                    + " " + file.getFileName());
            terminal.flush();
        }
    }

    /** What goes in front of a file's line: its place in the batch, off a terminal. */
    String prefix() {
        clear();
        return shown && terminal == null ? "[" + current + "/" + total + "] " : "";
    }

    /** Clears the bar so a line can be printed. */
    void clear() {
        if (terminal != null) {
            terminal.print("\r\033[K");
            terminal.flush();
        }
    }

    void done() {
        clear();
    }
}
