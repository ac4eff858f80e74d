package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import dev.tandem.normalize.ArticleNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.boilerpipe.BoilerpipeContentHandler;

/**
 * Article-body accuracy on the Zyte benchmark (121 pages) for Tandem's extractor, Tika's
 * boilerpipe ArticleExtractor and Tika's plain body text, plus speed as a ratio to Tika's plain
 * parse in the same run. Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.ExtractionBenchmark}
 * ({@code -Dbench.worst=10} lists the pages where Tandem does worst).
 */
public final class ExtractionBenchmark {

    private static final Path DATA = Path.of("src/test/resources/bench/extraction");
    /** The ground truth is the article body: the headline, standfirst and captions are not in it. */
    private static final Set<BlockType> NOT_BODY = Set.of(BlockType.TITLE, BlockType.SUBTITLE, BlockType.CAPTION);
    private static final int SPEED_ROUNDS = Integer.getInteger("bench.rounds", 3);

    public static void main(String[] args) throws Exception {
        JsonNode truth = truth();
        Map<String, byte[]> pages = pages(truth);
        ArticleExtractor extractor = new ArticleExtractor();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        AutoDetectParser tika = new AutoDetectParser();
        Function<byte[], String> tandem = html -> body(normalizer.normalize(
                extractor.extract(new ByteArrayInputStream(html), "page.html")));
        Function<byte[], String> boilerpipe = html -> tikaText(tika, html, true);
        Function<byte[], String> plain = html -> tikaText(tika, html, false);

        System.out.printf("Zyte article-extraction benchmark, %d pages (word 4-gram shingles)%n", pages.size());
        System.out.printf("%-36s %9s %9s %9s%n", "extractor", "precision", "recall", "F1");
        ShingleScore ours = score("Tandem (extract + normalize)", tandem, pages, truth);
        score("Tika BoilerpipeContentHandler", boilerpipe, pages, truth);
        score("Tika plain body text", plain, pages, truth);

        double plainSeconds = Double.MAX_VALUE;
        double tandemSeconds = Double.MAX_VALUE;
        double boilerSeconds = Double.MAX_VALUE;
        for (int round = 0; round < SPEED_ROUNDS; round++) {
            plainSeconds = Math.min(plainSeconds, seconds(plain, pages));
            tandemSeconds = Math.min(tandemSeconds, seconds(tandem, pages));
            boilerSeconds = Math.min(boilerSeconds, seconds(boilerpipe, pages));
        }
        System.out.printf("%nSpeed (best of %d rounds, pages/s as a ratio to Tika's plain parse of the same pages):%n",
                SPEED_ROUNDS);
        System.out.printf("  Tika plain parse      1.00  (%.0f pages/s on this machine, for scale only)%n",
                pages.size() / plainSeconds);
        System.out.printf("  Tandem                %.2f%n", plainSeconds / tandemSeconds);
        System.out.printf("  Tika boilerpipe       %.2f%n", plainSeconds / boilerSeconds);
        System.out.printf("%nTandem F1 %.3f (published on this set: trafilatura 0.957, Readability.js 0.954, "
                + "boilerpipe 0.845, jusText 0.813)%n", ours.f1());
        int worst = Integer.getInteger("bench.worst", 0);
        if (worst > 0) {
            printWorst(worst, tandem, pages, truth);
        }
    }

    static JsonNode truth() throws IOException {
        return new ObjectMapper().readTree(DATA.resolve("ground-truth.json").toFile());
    }

    /** The pages of the ground truth, by id, as the HTML bytes. */
    static Map<String, byte[]> pages(JsonNode truth) throws IOException {
        Map<String, byte[]> pages = new TreeMap<>();
        for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(DATA.resolve("html/" + id + ".html.gz")))) {
                pages.put(id, in.readAllBytes());
            }
        }
        return pages;
    }

    private static ShingleScore score(String name, Function<byte[], String> extract, Map<String, byte[]> pages,
                                      JsonNode truth) {
        ShingleScore score = new ShingleScore();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            score.add(safely(extract, page.getValue()), truth.get(page.getKey()).get("articleBody").asText());
        }
        System.out.printf("%-36s %9.3f %9.3f %9.3f%n", name, score.precision(), score.recall(), score.f1());
        return score;
    }

    private static void printWorst(int count, Function<byte[], String> extract, Map<String, byte[]> pages,
                                   JsonNode truth) {
        List<Map.Entry<Double, String>> perPage = new ArrayList<>();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            double f1 = new ShingleScore().add(safely(extract, page.getValue()),
                    truth.get(page.getKey()).get("articleBody").asText());
            perPage.add(Map.entry(f1, page.getKey()));
        }
        perPage.sort(Map.Entry.comparingByKey());
        System.out.println("\nWorst pages (F1, id, url):");
        for (Map.Entry<Double, String> entry : perPage.subList(0, Math.min(count, perPage.size()))) {
            ShingleScore one = new ShingleScore();
            one.add(safely(extract, pages.get(entry.getValue())), truth.get(entry.getValue()).get("articleBody").asText());
            System.out.printf("  %.3f P=%.2f R=%.2f %s %s%n", entry.getKey(), one.precision(), one.recall(),
                    entry.getValue(), truth.get(entry.getValue()).get("url").asText());
        }
    }

    private static double seconds(Function<byte[], String> extract, Map<String, byte[]> pages) {
        long start = System.nanoTime();
        for (byte[] html : pages.values()) {
            safely(extract, html);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static String safely(Function<byte[], String> extract, byte[] html) {
        try {
            return extract.apply(html);
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String body(Article article) {
        StringBuilder text = new StringBuilder();
        for (ArticleBlock block : article.blocks()) {
            if (!NOT_BODY.contains(block.type())) {
                text.append(block.text()).append('\n');
            }
        }
        return text.toString();
    }

    private static String tikaText(AutoDetectParser tika, byte[] html, boolean boilerpipe) {
        try {
            BodyContentHandler body = new BodyContentHandler(-1);
            Metadata metadata = new Metadata();
            metadata.set("resourceName", "page.html");
            tika.parse(new ByteArrayInputStream(html),
                    boilerpipe ? new BoilerpipeContentHandler(body) : body, metadata, new ParseContext());
            return body.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
