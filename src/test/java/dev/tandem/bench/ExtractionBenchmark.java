package dev.tandem.bench;

import dev.tandem.bench.ExtractionPages.Page;
import dev.tandem.bench.SnippetPages.SnippetPage;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.normalize.ArticleNormalizer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.boilerpipe.BoilerpipeContentHandler;

/**
 * Article-body accuracy on each page set (Zyte's 121 pages; Mozilla Readability's test pages,
 * development and held-out parts; trafilatura's snippet evaluation, development and held-out
 * parts) for Tandem's extractor, Tika's boilerpipe ArticleExtractor and
 * Tika's plain body text, with the pages below F1 0.5 (for snippets: pages with a forbidden
 * snippet, pages that lost over half of their required ones), plus speed as a ratio to Tika's plain parse
 * in the same run. Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.ExtractionBenchmark}
 * ({@code -Dbench.worst=10} lists the development pages where Tandem does worst; held-out pages are
 * listed only with {@code -Dbench.showHeldOut=true}; {@code -Dbench.dump=FILE} writes Tandem's output
 * for every page and stops, for {@link ExtractionDeterminismCheck}).
 */
public final class ExtractionBenchmark {

    private static final int SPEED_ROUNDS = Integer.getInteger("bench.rounds", 3);

    public static void main(String[] args) throws Exception {
        List<Page> pages = ExtractionPages.all();
        ArticleExtractor extractor = new ArticleExtractor();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        Function<Page, String> tandem = page -> page.body(normalizer.normalize(
                extractor.extract(new ByteArrayInputStream(page.html()), "page.html")));
        String dump = System.getProperty("bench.dump");
        if (dump != null) {
            dump(Path.of(dump), pages, tandem);
            return;
        }
        AutoDetectParser tika = new AutoDetectParser();
        Map<String, Function<Page, String>> extractors = new LinkedHashMap<>();
        extractors.put("Tandem (extract + normalize)", tandem);
        extractors.put("Tika BoilerpipeContentHandler", page -> tikaText(tika, page.html(), true));
        extractors.put("Tika plain body text", page -> tikaText(tika, page.html(), false));

        Map<String, List<Page>> sets = new LinkedHashMap<>();
        for (Page page : pages) {
            sets.computeIfAbsent(page.set(), set -> new ArrayList<>()).add(page);
        }
        System.out.println("Article-body extraction (word 4-gram shingles; precision over pages with an answer, recall over all)");
        for (Map.Entry<String, List<Page>> set : sets.entrySet()) {
            System.out.printf("%n%s, %d pages%n", set.getKey(), set.getValue().size());
            System.out.printf("  %-32s %9s %9s %9s %12s%n", "extractor", "precision", "recall", "F1", "F1 < 0.5");
            for (Map.Entry<String, Function<Page, String>> extractor2 : extractors.entrySet()) {
                SetScore score = SetScore.of(set.getValue(), extractor2.getValue());
                System.out.printf("  %-32s %9.3f %9.3f %9.3f %12d%n", extractor2.getKey(), score.total().precision(),
                        score.total().recall(), score.total().f1(), score.below(0.5).size());
            }
        }
        List<SnippetPage> snippetPages = SnippetPages.all();
        snippets(snippetPages, extractors);
        speed(sets.get(ExtractionPages.ZYTE), tandem, extractors.get("Tika BoilerpipeContentHandler"),
                extractors.get("Tika plain body text"));
        int worst = Integer.getInteger("bench.worst", 0);
        if (worst > 0) {
            boolean heldOut = Boolean.getBoolean("bench.showHeldOut");
            List<Page> shown = pages.stream().filter(page -> heldOut || !page.set().equals(ExtractionPages.READABILITY_HELD_OUT)).toList();
            printWorst(worst, SetScore.of(shown, tandem));
            printWorstSnippets(worst, SnippetScore.of(snippetPages.stream()
                    .filter(page -> heldOut || page.page().set().equals(SnippetPages.DEV)).toList(), tandem));
        }
    }

    private static void snippets(List<SnippetPage> pages, Map<String, Function<Page, String>> extractors) {
        System.out.println("\nSnippet evaluation (trafilatura's: required snippets found, forbidden snippets present)");
        for (String set : List.of(SnippetPages.DEV, SnippetPages.HELD_OUT)) {
            List<SnippetPage> inSet = pages.stream().filter(page -> page.page().set().equals(set)).toList();
            System.out.printf("%n%s, %d pages%n", set, inSet.size());
            System.out.printf("  %-32s %9s %9s %9s %15s %15s%n", "extractor", "precision", "recall", "F1",
                    "any forbidden", "lost > half");
            for (Map.Entry<String, Function<Page, String>> extractor : extractors.entrySet()) {
                SnippetScore score = SnippetScore.of(inSet, extractor.getValue());
                System.out.printf("  %-32s %9.3f %9.3f %9.3f %15d %15d%n", extractor.getKey(), score.precision(),
                        score.recall(), score.f1(), score.withForbidden().size(), score.lostMost().size());
            }
        }
    }

    private static void printWorstSnippets(int count, SnippetScore score) {
        System.out.println("\nWorst snippet pages (required missing, forbidden present, set, file):");
        score.perPage().entrySet().stream()
                .filter(entry -> entry.getValue().missing() + entry.getValue().forbiddenPresent() > 0)
                .sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(
                        b.missing() + b.forbiddenPresent(), a.missing() + a.forbiddenPresent())))
                .limit(count).forEach(entry -> System.out.printf("  %d/%d missing, %d/%d forbidden  %s %s%n",
                        entry.getValue().missing(), entry.getKey().with().size(), entry.getValue().forbiddenPresent(),
                        entry.getKey().without().size(), entry.getKey().page().set(), entry.getKey().page().id()));
    }

    private static void speed(List<Page> pages, Function<Page, String> tandem, Function<Page, String> boilerpipe,
                              Function<Page, String> plain) {
        if (SPEED_ROUNDS <= 0) {
            return;
        }
        double plainSeconds = Double.MAX_VALUE;
        double tandemSeconds = Double.MAX_VALUE;
        double boilerSeconds = Double.MAX_VALUE;
        for (int round = 0; round < SPEED_ROUNDS; round++) {
            plainSeconds = Math.min(plainSeconds, seconds(plain, pages));
            tandemSeconds = Math.min(tandemSeconds, seconds(tandem, pages));
            boilerSeconds = Math.min(boilerSeconds, seconds(boilerpipe, pages));
        }
        System.out.printf("%nSpeed on the Zyte pages (best of %d rounds, pages/s as a ratio to Tika's plain parse):%n",
                SPEED_ROUNDS);
        System.out.printf("  Tika plain parse      1.00  (%.0f pages/s on this machine, for scale only)%n",
                pages.size() / plainSeconds);
        System.out.printf("  Tandem                %.2f%n", plainSeconds / tandemSeconds);
        System.out.printf("  Tika boilerpipe       %.2f%n", plainSeconds / boilerSeconds);
    }

    private static void printWorst(int count, SetScore score) {
        System.out.println("\nWorst pages (F1, P, R, set, id):");
        score.perPage().entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(a[0], b[0])))
                .limit(count).forEach(entry -> System.out.printf("  %.3f P=%.2f R=%.2f %s %s%n", entry.getValue()[0],
                        entry.getValue()[1], entry.getValue()[2], entry.getKey().set(), entry.getKey().id()));
    }

    private static void dump(Path file, List<Page> pages, Function<Page, String> tandem) throws Exception {
        StringBuilder out = new StringBuilder();
        List<Page> all = new ArrayList<>(pages);
        SnippetPages.all().forEach(page -> all.add(page.page()));
        for (Page page : all) {
            out.append("=== ").append(page.set()).append(' ').append(page.id()).append('\n')
                    .append(SetScore.safely(tandem, page)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static double seconds(Function<Page, String> extract, List<Page> pages) {
        long start = System.nanoTime();
        for (Page page : pages) {
            SetScore.safely(extract, page);
        }
        return (System.nanoTime() - start) / 1e9;
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
