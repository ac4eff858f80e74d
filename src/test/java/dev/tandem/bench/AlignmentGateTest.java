package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.align.BeadFormat;
import dev.tandem.align.BeadLine;
import dev.tandem.align.SentenceAligner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's alignment accuracy as a gate: strict F1 on the Text+Berg development document
 * (German → French) stays at today's figure, within 0.005 ({@link AlignmentBenchmark} prints it
 * with the baseline and the timing).
 */
class AlignmentGateTest {

    private static final double STRICT_F1 = 0.861;

    @Test
    void strictF1OnTheDevelopmentDocumentDoesNotDrop() {
        List<String> german = AlignmentBenchmark.lines("dev.de");
        List<String> french = AlignmentBenchmark.lines("dev.fr");
        List<BeadLine> gold = new BeadFormat().parse(AlignmentBenchmark.lines("dev.gold"));
        AlignmentScore score = AlignmentScore.of(new SentenceAligner().align(german, french, "de", "fr"), gold);
        System.out.printf("alignment strict F1 %.4f%n", score.strictF1());
        assertTrue(score.strictF1() >= STRICT_F1 - 0.005,
                String.format("strict F1 %.3f, below %.3f − 0.005", score.strictF1(), STRICT_F1));
    }
}
