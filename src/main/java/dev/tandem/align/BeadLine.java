package dev.tandem.align;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the bead text form: the 0-based source and target sentence numbers of a bead. Unlike
 * {@link Bead}, the numbers need not be consecutive: hand-made gold files sometimes link sentences
 * 291, 293 and 294 and list 292 apart.
 */
public record BeadLine(List<Integer> source, List<Integer> target) {

    public BeadLine {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public static BeadLine of(Bead bead) {
        return new BeadLine(range(bead.sourceStart(), bead.sourceEnd()), range(bead.targetStart(), bead.targetEnd()));
    }

    /** True when both sides hold at least one sentence. */
    public boolean isPair() {
        return !source.isEmpty() && !target.isEmpty();
    }

    /** True when some source sentence and some target sentence are linked by both lines. */
    public boolean sharesLinkWith(BeadLine other) {
        return source.stream().anyMatch(other.source::contains) && target.stream().anyMatch(other.target::contains);
    }

    private static List<Integer> range(int start, int end) {
        List<Integer> numbers = new ArrayList<>();
        for (int k = start; k < end; k++) {
            numbers.add(k);
        }
        return numbers;
    }
}
