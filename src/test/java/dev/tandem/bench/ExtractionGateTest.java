package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.normalize.ArticleNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's extraction accuracy as a gate: F1 on the 121 pages of the Zyte benchmark (word
 * 4-gram shingles, as {@link ExtractionBenchmark} scores them) stays at today's figure, within 0.005.
 * When extraction improves, raise {@link #F1} with the README's figure.
 */
class ExtractionGateTest {

    private static final double F1 = 0.962;

    @Test
    void articleBodyF1OnTheDevelopmentPagesDoesNotDrop() throws IOException {
        JsonNode truth = ExtractionBenchmark.truth();
        Map<String, byte[]> pages = ExtractionBenchmark.pages(truth);
        ArticleExtractor extractor = new ArticleExtractor();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        ShingleScore score = new ShingleScore();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            String body = ExtractionBenchmark.safely(html -> ExtractionBenchmark.body(normalizer.normalize(
                    extractor.extract(new ByteArrayInputStream(html), "page.html"))), page.getValue());
            score.add(body, truth.get(page.getKey()).get("articleBody").asText());
        }
        System.out.printf("extraction F1 %.4f on %d pages%n", score.f1(), pages.size());
        assertTrue(score.f1() >= F1 - 0.005, String.format("F1 %.3f on %d pages, below %.3f − 0.005", score.f1(), pages.size(), F1));
    }
}
