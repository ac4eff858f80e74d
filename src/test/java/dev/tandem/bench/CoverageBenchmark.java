package dev.tandem.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.TextSpan;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of a coverage request right after a save, on a 5,000-segment document, as a ratio to a
 * plain JSON read of the same translation file (the cheapest thing a request could do with it),
 * measured in the same run. Also the one-off cost of counting the document's words (the cache
 * miss) and of the save itself. Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.CoverageBenchmark}
 */
public final class CoverageBenchmark {

    private static final int SEGMENTS = 5_000;
    private static final int RUNS = 41;
    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    public static void main(String[] args) throws IOException {
        Path data = Files.createTempDirectory("tandem-coverage-bench");
        Workbench workbench = Workbench.open(data);
        ObjectMapper mapper = dev.tandem.store.JsonMapperFactory.create();
        Document document = workbench.documents().importFile(bigArticle(workbench, data), LanguageTag.of("en"), "bench");
        workbench.translations().addLanguage(document.id(), FRENCH);
        Path translationFile = data.resolve(document.id()).resolve("fr.json");
        System.out.printf("Document: %,d segments, %,d words; translation file %,d bytes%n%n", document.segments().size(),
                workbench.coverage().coverage(document.id(), FRENCH).counts().words().total(), Files.size(translationFile));

        double firstCount = timeOnce(() -> new dev.tandem.coverage.CoverageCounter().counts(document));
        List<Unit> units = workbench.translations().translation(document.id(), FRENCH).units();
        double[] jsonRead = new double[RUNS];
        double[] save = new double[RUNS];
        double[] coverage = new double[RUNS];
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < RUNS; i++) {
                jsonRead[i] = timeOnce(() -> mapper.readValue(translationFile.toFile(), Translation.class));
                Unit unit = workbench.translations().translation(document.id(), FRENCH).unit(units.get(warm * RUNS + i).id()).orElseThrow();
                save[i] = timeOnce(() -> workbench.translations().save(document.id(), FRENCH,
                        new UnitEdit(unit.id(), unit.rev(), "Une phrase traduite.", Status.TRANSLATED, "bench", null)));
                coverage[i] = timeOnce(() -> mapper.writeValueAsString(
                        workbench.coverage().report(document.id(), FRENCH).toJson()));
            }
        }
        double read = median(jsonRead);
        System.out.printf("%-52s %10s %8s%n", "median of " + RUNS + " (after a warm-up round)", "ms", "ratio");
        System.out.printf("%-52s %10.2f %8s%n", "baseline: JSON read of the translation file", read * 1e3, "1.00");
        System.out.printf("%-52s %10.2f %8.2f%n", "coverage request after a save (measure + JSON)", median(coverage) * 1e3, median(coverage) / read);
        System.out.printf("%-52s %10.2f %8.2f%n", "the save itself (write, fsync, progress snapshot)", median(save) * 1e3, median(save) / read);
        System.out.printf("%-52s %10.2f %8.2f%n", "counting the document once (cache miss, cold)", firstCount * 1e3, firstCount / read);
    }

    /** A plain-text article of 5,000 one-sentence paragraphs: the seed's sentences, numbered. */
    private static Path bigArticle(Workbench workbench, Path folder) throws IOException {
        String seed = Files.readString(TestWorkbench.fixture("seed-article.txt"));
        List<String> sentences = new ArrayList<>();
        for (String paragraph : seed.split("\\n\\s*\\n")) {
            String text = paragraph.strip().replaceAll("\\s+", " ");
            for (TextSpan span : workbench.pipeline().segment(text, LanguageTag.of("en"))) {
                sentences.add(span.of(text).strip());
            }
        }
        sentences.removeIf(String::isEmpty);
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < SEGMENTS; i++) {
            article.append("Line ").append(i + 1).append(": ").append(sentences.get(i % sentences.size())).append("\n\n");
        }
        Path file = folder.resolve("bench.txt");
        Files.writeString(file, article);
        return file;
    }

    @FunctionalInterface
    private interface Step {
        Object run() throws IOException;
    }

    private static double timeOnce(Step step) throws IOException {
        long start = System.nanoTime();
        Object result = step.run();
        long elapsed = System.nanoTime() - start;
        if (result == null) {
            throw new IllegalStateException("nothing measured");
        }
        return elapsed / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
