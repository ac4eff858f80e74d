package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.bench.ExtractionPages.Page;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.normalize.ArticleNormalizer;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's extraction accuracy as a gate: F1 on each page set (word 4-gram shingles, as
 * {@link ExtractionBenchmark} scores them) stays at today's figure, within 0.005, and no more pages
 * fall below F1 0.5 than today; on trafilatura's snippet evaluation, snippet F1 within 0.005 and no
 * more pages that lose over half of their required snippets. When extraction improves, raise the figures with the README's.
 */
class ExtractionGateTest {

    private static final double ZYTE_F1 = 0.963;
    private static final double READABILITY_DEV_F1 = 0.928;
    private static final double READABILITY_HELD_OUT_F1 = 0.912;
    private static final double SNIPPETS_DEV_F1 = 0.915;
    private static final double SNIPPETS_HELD_OUT_F1 = 0.884;

    private static Function<Page, String> tandem;

    @BeforeAll
    static void extractor() {
        ArticleExtractor extractor = new ArticleExtractor();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        tandem = page -> page.body(normalizer.normalize(extractor.extract(new ByteArrayInputStream(page.html()), "page.html")));
    }

    private static void gate(List<Page> pages, double f1, int maxBelowHalf) {
        SetScore score = SetScore.of(pages, tandem);
        boolean heldOut = pages.get(0).set().equals(ExtractionPages.READABILITY_HELD_OUT);
        // Held-out pages stay unnamed, so that nobody tunes on them by accident.
        String summary = String.format("%s: F1 %.4f on %d pages, %d below 0.5 %s", pages.get(0).set(), score.total().f1(),
                pages.size(), score.below(0.5).size(), heldOut ? "" : score.below(0.5).stream().map(Page::id).toList());
        System.out.println(summary);
        assertTrue(score.total().f1() >= f1 - 0.005, summary + String.format("; gate %.3f − 0.005", f1));
        assertTrue(score.below(0.5).size() <= maxBelowHalf, summary + "; gate at most " + maxBelowHalf + " below 0.5");
    }

    private static void snippetGate(String set, double f1, int maxLostMost) {
        SnippetScore score = SnippetScore.of(SnippetPages.of(set), tandem);
        boolean heldOut = set.equals(SnippetPages.HELD_OUT);
        String summary = String.format("%s: snippet F1 %.4f (P %.4f, R %.4f) on %d pages, %d lost over half %s", set,
                score.f1(), score.precision(), score.recall(), score.perPage().size(), score.lostMost().size(),
                heldOut ? "" : score.lostMost().stream().map(page -> page.page().id()).toList());
        System.out.println(summary);
        assertTrue(score.f1() >= f1 - 0.005, summary + String.format("; gate %.3f − 0.005", f1));
        assertTrue(score.lostMost().size() <= maxLostMost, summary + "; gate at most " + maxLostMost + " lost over half");
    }

    @Test
    void snippetF1OnTrafilaturasEvaluationDoesNotDrop() {
        snippetGate(SnippetPages.DEV, SNIPPETS_DEV_F1, 5);
        snippetGate(SnippetPages.HELD_OUT, SNIPPETS_HELD_OUT_F1, 12);
    }

    @Test
    void articleBodyF1OnTheZytePagesDoesNotDrop() {
        gate(ExtractionPages.zyte(), ZYTE_F1, 1);
    }

    @Test
    void articleBodyF1OnReadabilitysTestPagesDoesNotDrop() {
        List<Page> pages = ExtractionPages.readability();
        gate(pages.stream().filter(page -> page.set().equals(ExtractionPages.READABILITY_DEV)).toList(), READABILITY_DEV_F1, 5);
        gate(pages.stream().filter(page -> page.set().equals(ExtractionPages.READABILITY_HELD_OUT)).toList(),
                READABILITY_HELD_OUT_F1, 5);
    }
}
