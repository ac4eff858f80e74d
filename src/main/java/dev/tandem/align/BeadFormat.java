package dev.tandem.align;

import dev.tandem.model.TandemException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of beads used by the Bleualign/Vecalign gold files and by {@code tandem align}:
 * one bead a line, {@code [i, j]:[k]} with 0-based sentence numbers, {@code []} for an empty side.
 */
public final class BeadFormat {

    private static final Pattern LINE = Pattern.compile("\\s*\\[([^\\]]*)\\]\\s*:\\s*\\[([^\\]]*)\\]\\s*");

    /** One line, e.g. {@code [8, 9]:[10, 11, 12]} or {@code []:[16]}. */
    public String format(Bead bead) {
        return format(BeadLine.of(bead));
    }

    /** All beads, one a line, each line ending in a newline. */
    public String format(Alignment alignment) {
        StringBuilder out = new StringBuilder();
        for (Bead bead : alignment.beads()) {
            out.append(format(bead)).append('\n');
        }
        return out.toString();
    }

    /** One line from a {@link BeadLine}, in the same form. */
    public String format(BeadLine line) {
        return "[" + join(line.source()) + "]:[" + join(line.target()) + "]";
    }

    /**
     * Reads the lines of a gold file, one bead a line. Blank lines are skipped. Within a side the
     * numbers must ascend; they need not be consecutive.
     *
     * @throws TandemException (BAD_INPUT) on a malformed line
     */
    public List<BeadLine> parse(List<String> lines) {
        List<BeadLine> beads = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw TandemException.badInput("line " + lineNumber + " is not a bead like [0, 1]:[2]: " + line.strip());
            }
            List<Integer> sources = parseNumbers(matcher.group(1), lineNumber);
            List<Integer> targets = parseNumbers(matcher.group(2), lineNumber);
            if (sources.isEmpty() && targets.isEmpty()) {
                throw TandemException.badInput("line " + lineNumber + " has two empty sides");
            }
            beads.add(new BeadLine(sources, targets));
        }
        return List.copyOf(beads);
    }

    private static String join(List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < numbers.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            out.append(numbers.get(k));
        }
        return out.toString();
    }

    private static List<Integer> parseNumbers(String list, int lineNumber) {
        List<Integer> numbers = new ArrayList<>();
        if (list.isBlank()) {
            return numbers;
        }
        for (String part : list.split(",")) {
            int number;
            try {
                number = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw TandemException.badInput("line " + lineNumber + " has a bad sentence number: " + part.strip());
            }
            if (number < 0 || (!numbers.isEmpty() && number <= numbers.get(numbers.size() - 1))) {
                throw TandemException.badInput("line " + lineNumber + " must list ascending sentence numbers from 0");
            }
            numbers.add(number);
        }
        return numbers;
    }
}
