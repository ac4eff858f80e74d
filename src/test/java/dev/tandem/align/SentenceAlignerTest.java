package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {

    private final SentenceAligner aligner = new SentenceAligner();

    @Test
    void identicalTextsAlignOneToOne() {
        SyntheticTranslation text = new SyntheticTranslation(1).oneToOne(60);
        Alignment alignment = aligner.align(text.source, text.source, "en", "en");
        assertEquals(60, alignment.beads().size());
        for (int k = 0; k < 60; k++) {
            Bead bead = alignment.beads().get(k);
            assertTrue(bead.sameRanges(new Bead(k, k + 1, k, k + 1, 1)), "bead " + k + " is " + bead);
            assertTrue(bead.confidence() > 0.5, "identical sentences should be confident: " + bead);
        }
    }

    @Test
    void sentenceSplitInTheTranslationIsFoundAsOneToTwo() {
        SyntheticTranslation text = new SyntheticTranslation(2).oneToOne(10).oneToTwo().oneToOne(10);
        assertFindsEveryBead(text, aligner.align(text.source, text.target, "de", "fr"));
    }

    @Test
    void sentencesJoinedInTheTranslationAreFoundAsTwoToOne() {
        SyntheticTranslation text = new SyntheticTranslation(3).oneToOne(10).twoToOne().oneToOne(10);
        assertFindsEveryBead(text, aligner.align(text.source, text.target, "de", "fr"));
    }

    @Test
    void untranslatedSourceSentenceBecomesOneToZero() {
        SyntheticTranslation text = new SyntheticTranslation(4).oneToOne(10).oneToZero().oneToOne(10);
        assertFindsEveryBead(text, aligner.align(text.source, text.target, "de", "fr"));
    }

    @Test
    void addedTargetSentenceIsKeptAsZeroToOne() {
        SyntheticTranslation text = new SyntheticTranslation(5).oneToOne(10).zeroToOne().oneToOne(10);
        Alignment alignment = aligner.align(text.source, text.target, "de", "fr");
        assertFindsEveryBead(text, alignment);
        assertEquals(text.target.size(), alignment.targetCount(), "no target sentence is dropped");
    }

    @Test
    void mixedBeadsAreAllFound() {
        SyntheticTranslation text = new SyntheticTranslation(6).oneToOne(8).oneToTwo().oneToOne(5).twoToOne()
                .oneToOne(6).oneToZero().oneToOne(7).zeroToOne().oneToOne(8);
        assertFindsEveryBead(text, aligner.align(text.source, text.target, "de", "fr"));
    }

    @Test
    void englishAlignsToJapaneseByWeightedCjkLengths() {
        List<String> english = List.of(
                "The expedition left Kathmandu on 12 March with forty porters.",
                "It rained for three days.",
                "On the fourth day the team reached the monastery at Thyangboche, where the monks welcomed them with tea and prayers for a safe climb.",
                "Why did they choose the south ridge?",
                "The leader explained that the north face was too dangerous in spring, because of the avalanches that sweep it every afternoon.",
                "They camped at 5,400 metres.",
                "The next morning was clear and cold, and the summit of Everest stood above the clouds.",
                "Two climbers fell ill.",
                "They were carried down to the valley by the porters, who walked through the night without rest.",
                "The others waited.");
        List<String> japanese = List.of(
                "遠征隊は3月12日、40人のポーターとともにカトマンズを出発した。",
                "雨が3日間降り続いた。",
                "4日目、一行はタンボチェの僧院に到着した。",
                "僧たちはお茶と安全な登山への祈りで彼らを迎えた。",
                "なぜ彼らは南稜を選んだのか？",
                "隊長は、春の北壁は毎日午後に雪崩が襲うため危険すぎると説明した。",
                "彼らは標高5,400メートルで野営した。",
                "翌朝は晴れて寒く、エベレストの頂上が雲の上にそびえていた。",
                "二人の登山者が病気になった。",
                "彼らはポーターたちによって谷まで運ばれ、ポーターたちは休むことなく夜通し歩いた。",
                "残りの者は待った。");
        Alignment alignment = aligner.align(english, japanese, "en", "ja");
        Set<String> lines = alignment.beads().stream().map(new BeadFormat()::format).collect(Collectors.toSet());
        List<String> expected = List.of("[0]:[0]", "[1]:[1]", "[2]:[2, 3]", "[3]:[4]", "[4]:[5]", "[5]:[6]",
                "[6]:[7]", "[7]:[8]", "[8]:[9]", "[9]:[10]");
        assertTrue(lines.contains("[2]:[2, 3]"), "the long sentence is translated as two: " + lines);
        long found = expected.stream().filter(lines::contains).count();
        assertTrue(found >= 8, "found " + found + " of 10: " + lines);
    }

    @Test
    void emptyTargetLeavesEverySourceSentenceUnpaired() {
        Alignment alignment = aligner.align(List.of("One.", "Two."), List.of(), "en", "fr");
        assertEquals(List.of(new Bead(0, 1, 0, 0, 1), new Bead(1, 2, 0, 0, 1)), alignment.beads());
    }

    @Test
    void emptySourceKeepsEveryTargetSentence() {
        Alignment alignment = aligner.align(List.of(), List.of("Un.", "Deux.", "Trois."), "en", "fr");
        assertEquals(3, alignment.beads().size());
        assertTrue(alignment.beads().stream().allMatch(bead -> bead.sourceCount() == 0 && bead.targetCount() == 1));
    }

    @Test
    void twoEmptySidesGiveAnEmptyAlignment() {
        assertTrue(aligner.align(List.of(), List.of(), "en", "fr").beads().isEmpty());
    }

    @Test
    void sameInputGivesTheSameBeads() {
        SyntheticTranslation text = new SyntheticTranslation(7).oneToOne(30).oneToTwo().oneToOne(30).zeroToOne()
                .oneToOne(20);
        Alignment first = aligner.align(text.source, text.target, "de", "fr");
        Alignment second = new SentenceAligner().align(new ArrayList<>(text.source), new ArrayList<>(text.target), "de", "fr");
        assertEquals(first, second);
    }

    @Test
    void longTextAlignsWithinTheBand() {
        SyntheticTranslation text = new SyntheticTranslation(8);
        while (text.source.size() < 5_000) {
            text.oneToOne(40).oneToTwo().oneToOne(30).twoToOne().oneToOne(20).zeroToOne().oneToOne(10).oneToZero();
        }
        Alignment alignment = aligner.align(text.source, text.target, "de", "fr");
        long found = text.beads.stream()
                .filter(gold -> alignment.beads().stream().anyMatch(bead -> bead.sameRanges(gold)))
                .count();
        assertTrue(found >= 0.98 * text.beads.size(), found + " of " + text.beads.size() + " beads found");
    }

    @Test
    void longInsertionFarFromTheDiagonalIsFollowed() {
        SyntheticTranslation text = new SyntheticTranslation(9).oneToOne(100);
        for (int k = 0; k < 60; k++) {
            text.zeroToOne();
        }
        text.oneToOne(300);
        Alignment alignment = aligner.align(text.source, text.target, "de", "fr");
        long found = text.beads.stream()
                .filter(gold -> alignment.beads().stream().anyMatch(bead -> bead.sameRanges(gold)))
                .count();
        assertTrue(found >= 0.9 * text.beads.size(), found + " of " + text.beads.size() + " beads found");
    }

    @Test
    void confidenceStaysWithinZeroAndOne() {
        SyntheticTranslation text = new SyntheticTranslation(10).oneToOne(20).oneToZero().zeroToOne().oneToOne(5);
        for (Bead bead : aligner.align(text.source, text.target, "de", "fr").beads()) {
            assertTrue(bead.confidence() >= 0 && bead.confidence() <= 1, bead.toString());
        }
    }

    private static void assertFindsEveryBead(SyntheticTranslation text, Alignment alignment) {
        List<String> expected = text.beads.stream().map(new BeadFormat()::format).toList();
        List<String> actual = alignment.beads().stream().map(new BeadFormat()::format).toList();
        assertEquals(expected, actual);
    }
}
