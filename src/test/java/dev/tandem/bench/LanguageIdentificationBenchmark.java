package dev.tandem.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tandem.extract.LanguageIdentifier;
import dev.tandem.model.LanguageEvidence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Language identification on the Universal Declaration of Human Rights in 36 languages: accuracy on
 * one sentence and on long passages, how often the identifier is confident and how often it is
 * right then, and what loading the models costs (wall time, heap). Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.LanguageIdentificationBenchmark}
 */
public final class LanguageIdentificationBenchmark {

    private static final Path DATA = Path.of("src/test/resources/bench/language/udhr.tsv");

    record Sample(String language, String length, String text) {
    }

    public static void main(String[] args) throws Exception {
        List<Sample> samples = read();
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = usedHeap(runtime);
        long start = System.nanoTime();
        LanguageIdentifier identifier = new LanguageIdentifier();
        identifier.detect("warm up");
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = usedHeap(runtime);

        Map<String, int[]> perLanguage = new TreeMap<>();
        Map<String, int[]> perLength = new TreeMap<>();
        Map<String, int[]> confidentPerLength = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        long detectNanos = 0;
        for (Sample sample : samples) {
            long t = System.nanoTime();
            LanguageIdentifier.Detection detection = identifier.detect(sample.text());
            detectNanos += System.nanoTime() - t;
            boolean right = sample.language().equals(detection.language());
            boolean confident = detection.confidence() >= LanguageEvidence.CONFIDENT;
            int column = sample.length().equals("sentence") ? 0 : 2;
            int[] language = perLanguage.computeIfAbsent(sample.language(), k -> new int[4]);
            language[column] += right ? 1 : 0;
            language[column + 1]++;
            count(perLength, sample.length(), right);
            if (confident) {
                count(confidentPerLength, sample.length(), right);
            }
            if (!right && misses.size() < Integer.getInteger("bench.misses", 0)) {
                misses.add(String.format("  %s→%s (%.2f) %s", sample.language(), detection.language(),
                        detection.confidence(), sample.text().substring(0, Math.min(70, sample.text().length()))));
            }
        }
        System.out.printf("Language identification, UDHR in %d languages, %d texts (Lingua, low-accuracy mode)%n",
                perLanguage.size(), samples.size());
        System.out.printf("%-10s %8s %10s %12s %22s%n", "length", "texts", "accuracy", "confident", "accuracy when confident");
        for (Map.Entry<String, int[]> entry : perLength.entrySet()) {
            int[] all = entry.getValue();
            int[] sure = confidentPerLength.getOrDefault(entry.getKey(), new int[2]);
            System.out.printf("%-10s %8d %10.3f %11.1f%% %22.3f%n", entry.getKey(), all[1], (double) all[0] / all[1],
                    100.0 * sure[1] / all[1], sure[1] == 0 ? 0 : (double) sure[0] / sure[1]);
        }
        System.out.println("\nPer language (sentence accuracy, long accuracy):");
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, int[]> entry : perLanguage.entrySet()) {
            int[] c = entry.getValue();
            line.append(String.format("  %s %.2f/%.2f", entry.getKey(), (double) c[0] / c[1], (double) c[2] / c[3]));
            if (line.length() > 90) {
                System.out.println(line);
                line.setLength(0);
            }
        }
        System.out.println(line);
        misses.forEach(System.out::println);
        System.out.printf("%nCost: models loaded in %.1f s (wall, 2 cores shared), heap +%d MB after GC; "
                + "%.2f ms per text on average%n", loadSeconds, (heapAfter - heapBefore) >> 20,
                detectNanos / 1e6 / samples.size());
    }

    private static void count(Map<String, int[]> counts, String key, boolean right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    private static long usedHeap(Runtime runtime) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<Sample> read() throws Exception {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t');
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(DATA.toFile())) {
            List<Sample> samples = new ArrayList<>();
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                samples.add(new Sample(row.get("language"), row.get("length"), row.get("text")));
            }
            return samples;
        }
    }
}
