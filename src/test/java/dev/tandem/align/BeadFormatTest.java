package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.model.TandemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeadFormatTest {

    private final BeadFormat format = new BeadFormat();

    @Test
    void beadsPrintLikeGoldFiles() {
        Alignment alignment = new Alignment(List.of(
                new Bead(0, 1, 0, 1, 0.9), new Bead(1, 3, 1, 4, 0.5), new Bead(3, 3, 4, 5, 0.2),
                new Bead(3, 4, 5, 5, 0.1)));
        assertEquals("[0]:[0]\n[1, 2]:[1, 2, 3]\n[]:[4]\n[3]:[]\n", format.format(alignment));
    }

    @Test
    void printedBeadsParseBackToTheSameSentences() {
        Alignment alignment = new Alignment(List.of(new Bead(0, 2, 0, 1, 1), new Bead(2, 2, 1, 2, 1), new Bead(2, 3, 2, 4, 1)));
        List<BeadLine> parsed = format.parse(format.format(alignment).lines().toList());
        assertEquals(alignment.beads().stream().map(BeadLine::of).toList(), parsed);
    }

    @Test
    void goldLineWithAGapInsideABeadIsRead() {
        List<BeadLine> parsed = format.parse(List.of("[250]:[291, 293, 294]", "[]:[292]", ""));
        assertEquals(List.of(new BeadLine(List.of(250), List.of(291, 293, 294)), new BeadLine(List.of(), List.of(292))), parsed);
    }

    @Test
    void malformedLineIsRejectedWithItsLineNumber() {
        TandemException error = assertThrows(TandemException.class, () -> format.parse(List.of("[0]:[0]", "0 - 1")));
        assertEquals(TandemException.Kind.BAD_INPUT, error.kind());
        assertEquals(true, error.getMessage().startsWith("line 2 "), error.getMessage());
    }

    @Test
    void descendingNumbersAreRejected() {
        assertThrows(TandemException.class, () -> format.parse(List.of("[3, 2]:[1]")));
    }
}
