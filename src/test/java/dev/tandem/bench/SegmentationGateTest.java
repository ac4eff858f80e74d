package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.segment.SentenceSegmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's segmentation accuracy as a gate: on the golden rules, no language gets fewer cases
 * exactly right than it does today (the benchmark, {@link SegmentationBenchmark}, prints the table).
 * Raise a floor when a language gets better; never lower one without saying why in the README.
 */
class SegmentationGateTest {

    /** Cases exactly right per language, as measured when the gate was set. */
    private static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("en", 48), Map.entry("de", 3), Map.entry("fr", 5), Map.entry("es", 28), Map.entry("it", 33),
            Map.entry("nl", 3), Map.entry("ru", 37), Map.entry("pl", 1), Map.entry("ja", 4), Map.entry("zh", 2),
            Map.entry("el", 1), Map.entry("hi", 1), Map.entry("da", 42), Map.entry("kk", 10), Map.entry("bg", 3),
            Map.entry("sk", 1), Map.entry("hy", 1), Map.entry("am", 1), Map.entry("my", 1), Map.entry("mr", 5),
            Map.entry("fa", 1), Map.entry("ur", 1));
    /** Cases in the golden rules file, all languages. */
    private static final int CASES = 267;

    @Test
    void noLanguageGetsFewerGoldenRulesRightThanBefore() throws IOException {
        Map<String, List<SegmentationBenchmark.Case>> golden = SegmentationBenchmark.golden();
        SentenceSegmenter segmenter = new SentenceSegmenter();
        List<String> worse = new ArrayList<>();
        int cases = 0;
        for (Map.Entry<String, List<SegmentationBenchmark.Case>> language : golden.entrySet()) {
            int right = 0;
            for (SegmentationBenchmark.Case c : language.getValue()) {
                List<String> sentences = SegmentationBenchmark.sentences(c.text(), segmenter.segment(c.text(), language.getKey()));
                right += sentences.equals(c.sentences()) ? 1 : 0;
            }
            cases += language.getValue().size();
            int floor = FLOORS.getOrDefault(language.getKey(), language.getValue().size());
            if (right < floor) {
                worse.add(language.getKey() + ": " + right + " of " + language.getValue().size() + " right, was " + floor);
            }
        }
        assertEquals(CASES, cases, "the golden rules lost or gained cases; update the README and this gate");
        assertTrue(worse.isEmpty(), "segmentation got worse: " + worse);
    }
}
