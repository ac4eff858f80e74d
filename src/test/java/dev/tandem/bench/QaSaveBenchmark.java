package dev.tandem.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tandem.app.Workbench;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the QA check of a save costs (the save's answer carries the unit's findings, rule-based
 * checks, whose consistency and length checks consult every translated unit of the language pair
 * in the store): save then check, in-process, in a store holding a 100-unit and a 20,000-unit
 * translated document, alternating with saves that are not checked (the baseline), as ratios of
 * medians to the baseline's.
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.QaSaveBenchmark -Dexec.classpathScope=test}
 */
public final class QaSaveBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 200;
    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    private QaSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("tandem-qa-save-bench");
        Workbench workbench = Workbench.open(data);
        translatedArticle(workbench, data, "small", 100);
        translatedArticle(workbench, data, "large", 20_000);
        List<Unit> small = workbench.translations().translation("small", FRENCH).units();
        List<Unit> large = workbench.translations().translation("large", FRENCH).units();
        double[] saveTimes = new double[RUNS];
        double[] smallTimes = new double[RUNS];
        double[] largeTimes = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            double saveTime = saveAndCheck(workbench, "large", large.get(Math.floorMod(i * 7919 + 1, large.size())).id(), i, false);
            double smallTime = saveAndCheck(workbench, "small", small.get(Math.floorMod(i, small.size())).id(), i, true);
            double largeTime = saveAndCheck(workbench, "large", large.get(Math.floorMod(i * 7919, large.size())).id(), i, true);
            if (i >= 0) {
                saveTimes[i] = saveTime;
                smallTimes[i] = smallTime;
                largeTimes[i] = largeTime;
            }
        }
        workbench.close();
        System.out.printf(Locale.ROOT, "Save + QA check of the saved unit, %d each after %d warm-up, alternating; store: %d + %d translated units%n%n",
                RUNS, WARM_UP, small.size(), large.size());
        System.out.printf(Locale.ROOT, "%-36s %10s %10s%n", "", "median ms", "p90 ms");
        print("save alone, 20,000-unit (baseline)", saveTimes);
        print("save + check, 100-unit document", smallTimes);
        print("save + check, 20,000-unit document", largeTimes);
        System.out.printf(Locale.ROOT, "%nsave + check / save alone (medians): %.2f (100-unit document), %.2f (20,000-unit document)%n",
                median(smallTimes) / median(saveTimes), median(largeTimes) / median(saveTimes));
    }

    private static double saveAndCheck(Workbench workbench, String document, String unitId, int round, boolean check) {
        long start = System.nanoTime();
        Unit current = workbench.translations().translation(document, FRENCH).unit(unitId).orElseThrow();
        workbench.translations().save(document, FRENCH, new UnitEdit(unitId, current.rev(),
                "Une phrase traduite, version " + round + ".", Status.TRANSLATED, "bench", null));
        if (check) {
            workbench.quality().checkUnit(document, FRENCH, unitId, null, null);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** A plain-text article of one-sentence paragraphs, every sentence translated (through a TSV import, one write). */
    private static void translatedArticle(Workbench workbench, Path folder, String id, int sentences) throws IOException {
        SaveBenchmark.importArticle(workbench, folder, id, sentences);
        byte[] exported = workbench.exchange().export(id, FRENCH, ExchangeFormat.TSV, ExportOptions.defaults()).content();
        CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        CsvSchema tsv = CsvSchema.emptySchema().withColumnSeparator('\t').withLineSeparator("\n");
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> read = csv.readerFor(String[].class).with(tsv).readValues(exported)) {
            read.forEachRemaining(rows::add);
        }
        int target = Arrays.asList(rows.get(0)).indexOf("target");
        for (int i = 1; i < rows.size(); i++) {
            rows.get(i)[target] = "Phrase numéro " + i + " de l'article " + id + ", qui est assez longue.";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter write = csv.writerFor(String[].class).with(tsv).writeValues(out)) {
            for (String[] row : rows) {
                write.write(row);
            }
        }
        workbench.exchange().importBilingual(id, FRENCH, out.toByteArray(), id + ".fr.tsv", ImportOptions.defaults());
    }

    private static void print(String label, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-36s %10.2f %10.2f%n", label, median(times) * 1e3, sorted[(int) (sorted.length * 0.9)] * 1e3);
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
