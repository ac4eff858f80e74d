package dev.tandem.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.exchange.BilingualExporter;
import dev.tandem.exchange.BilingualFile;
import dev.tandem.exchange.BilingualImporter;
import dev.tandem.exchange.BilingualReader;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import dev.tandem.model.Document;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.store.JsonMapperFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Export and import speed of every exchange format on a 10,000-sentence document, as ratios to the
 * store writing the same translation as JSON (the work every editor save already does). Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.ExchangeBenchmark}
 */
public final class ExchangeBenchmark {

    private static final int SENTENCES = 10_000;
    private static final int ROUNDS = 9;
    static final Instant NOW = Instant.parse("2026-01-15T09:30:00Z");

    public static void main(String[] args) {
        Document document = document(SENTENCES);
        Translation translation = translated(document);
        Translation empty = new Translation(document.id(), "fr",
                translation.units().stream().map(u -> Unit.initial(u.id(), u.sources())).toList());
        ObjectMapper json = JsonMapperFactory.create();
        BilingualExporter exporter = new BilingualExporter("bench");

        Supplier<Integer> baseline = () -> storeJson(json, translation).length;
        int baselineBytes = baseline.get();
        System.out.printf("%,d sentences; baseline: the store's JSON of the same translation (%,d bytes)%n%n",
                SENTENCES, baselineBytes);
        System.out.printf("%-8s %12s %12s %14s %14s%n", "format", "bytes", "size ratio", "export ratio", "import ratio");
        for (ExchangeFormat format : ExchangeFormat.values()) {
            ExportResult file = exporter.export(document, translation, format, ExportOptions.defaults(), NOW);
            double export = medianRatio(() -> exporter.export(document, translation, format, ExportOptions.defaults(), NOW)
                    .content().length, baseline);
            String importRatio = "";
            if (format.importable()) {
                BilingualFile read = new BilingualReader().read(file.content(), file.fileName(), "en", "fr");
                int filled = new BilingualImporter().apply(document, empty, read, ImportOptions.defaults(), NOW).report().filled();
                if (filled != SENTENCES) {
                    throw new IllegalStateException(format + " filled " + filled + " of " + SENTENCES);
                }
                double imported = medianRatio(() -> new BilingualImporter().apply(document, empty,
                        new BilingualReader().read(file.content(), file.fileName(), "en", "fr"), ImportOptions.defaults(), NOW)
                        .report().filled(), baseline);
                importRatio = String.format("%13.1f×", imported);
            }
            System.out.printf("%-8s %,12d %11.2f× %13.1f× %14s%n", format.label(), file.content().length,
                    (double) file.content().length / baselineBytes, export, importRatio);
        }
    }

    private static byte[] storeJson(ObjectMapper json, Translation translation) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(translation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The median over {@link #ROUNDS} of (time of the work / time of the baseline), each pair timed
     * back to back after warm-up, so load from other processes on the machine cancels out.
     */
    private static double medianRatio(Supplier<Integer> work, Supplier<Integer> baseline) {
        long sink = 0;
        for (int i = 0; i < 4; i++) {
            sink += work.get() + baseline.get();
        }
        double[] ratios = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            sink += baseline.get();
            long middle = System.nanoTime();
            sink += work.get();
            ratios[i] = (double) (System.nanoTime() - middle) / (middle - start);
        }
        if (sink == 42) {
            System.out.print("");
        }
        java.util.Arrays.sort(ratios);
        return ratios[ROUNDS / 2];
    }

    static Document document(int sentences) {
        List<Block> blocks = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int perBlock = 5;
        for (int b = 0; b * perBlock < sentences; b++) {
            if (text.length() > 0) {
                text.append(Document.BLOCK_SEPARATOR);
            }
            int blockStart = text.length();
            for (int s = b * perBlock; s < Math.min(sentences, (b + 1) * perBlock); s++) {
                if (text.length() > blockStart) {
                    text.append(' ');
                }
                String sentence = "Sentence " + s + " says “Kim & Putin” met on September " + (s % 30 + 1) + " <again>.";
                segments.add(new Segment(String.format("s%010x", s), b, sentence, text.length(), text.length() + sentence.length()));
                text.append(sentence);
            }
            blocks.add(new Block(b, b == 0 ? BlockType.TITLE : BlockType.PARAGRAPH, text.substring(blockStart), blockStart, text.length()));
        }
        return new Document("bench", "Bench", "en", null, blocks, segments);
    }

    static Translation translated(Document document) {
        List<Unit> units = new ArrayList<>();
        for (Segment segment : document.segments()) {
            units.add(new Unit(segment.id(), List.of(segment.id()), "Phrase " + segment.id() + " : « Kim & Poutine » <encore>.",
                    Status.TRANSLATED, 1, NOW, "Ana", null, null));
        }
        return new Translation(document.id(), "fr", units);
    }
}
