package dev.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.normalize.ArticleNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-pipeline results (extract, then normalize) for real pages and the seed, compared exactly
 * with reviewed golden files. Run with {@code -Dgolden.update=true} to rewrite them on purpose.
 */
class GoldenExtractionTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/extraction");

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    @ParameterizedTest
    @ValueSource(strings = {"venturebeat-wework.html.gz", "bbc-newsbeat.html.gz", "remember8090-zodiaco.html.gz"})
    void realPageExtractsAsItsGoldenFile(String page) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(GOLDEN.resolve(page)))) {
            String name = page.replace(".gz", "");
            assertGolden(name, render(normalizer.normalize(extractor.extract(in, name))));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_ebb7f7eb7c193ab6.txt"})
    void seedArticleExtractsCleanAsItsGoldenFile(String seed) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("seeds", seed))) {
            assertGolden("seed-" + seed, render(normalizer.normalize(extractor.extract(in, seed))));
        }
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name.replaceAll("\\.(html|txt)$", "") + ".golden.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
    }

    static String render(Article article) {
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(article.title()).append('\n');
        out.append("language: ").append(article.language()).append('\n');
        out.append("mediaType: ").append(article.mediaType()).append('\n');
        for (Map.Entry<String, String> entry : new TreeMap<>(article.metadata()).entrySet()) {
            out.append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
        }
        for (ArticleBlock block : article.blocks()) {
            out.append('\n').append('[').append(block.type().name().toLowerCase(Locale.ROOT)).append("] ")
                    .append(block.text()).append('\n');
        }
        return out.toString();
    }
}
