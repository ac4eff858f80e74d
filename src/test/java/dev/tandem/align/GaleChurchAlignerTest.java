package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GaleChurchAlignerTest {

    private final GaleChurchAligner aligner = new GaleChurchAligner();

    @Test
    void lengthsAloneFindAJoinedPair() {
        List<String> source = List.of("A short line here.", "Another short line.",
                "This sentence is quite a lot longer than the ones around it, on purpose.", "Tiny one.");
        List<String> target = List.of("A short line here, another short line.",
                "This sentence is quite a lot longer than the ones around it, on purpose.", "Tiny one.");
        List<String> lines = aligner.align(source, target, "en", "en").beads().stream().map(new BeadFormat()::format).toList();
        assertEquals(List.of("[0, 1]:[0]", "[2]:[1]", "[3]:[2]"), lines);
    }

    @Test
    void emptySideGivesUnpairedBeads() {
        Alignment alignment = aligner.align(List.of("One."), List.of(), "en", "fr");
        assertEquals(List.of(new Bead(0, 1, 0, 0, 1)), alignment.beads());
        assertTrue(aligner.align(List.of(), List.of(), "en", "fr").beads().isEmpty());
    }
}
