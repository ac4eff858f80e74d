package dev.tandem.bench;

import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Part of {@link MemoryBenchmark}: saves into a store's translations as the editor makes them, in a
 * 100-unit and a 20,000-unit document alternately, first with the memory closed (its listener does
 * nothing), then open; the difference is the memory's own work per save, which should not grow
 * with the document. Then the lookup right after each save (another document's unit, which must
 * see the save). Thread CPU time of the saving thread, which runs the memory's listener.
 */
final class MemorySaves {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");
    private static final int SAVES = 300;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MemorySaves() {
    }

    static void run(List<String> sentences) throws IOException {
        Path data = Files.createTempDirectory("tandem-memory-saves");
        Workbench workbench = Workbench.open(data);
        importArticle(workbench, data, "small", sentences.subList(0, 100));
        importArticle(workbench, data, "large", sentences.subList(0, 20_000));
        importArticle(workbench, data, "other", sentences.subList(20_000, 20_100));
        double[][] closed = saves(workbench, "closed", null);
        workbench.memory().matches("other", FRENCH, unit(workbench, "other", 0).id(), 50, 5);
        double[] lookupAfter = new double[SAVES];
        double[][] open = saves(workbench, "open", lookupAfter);
        System.out.printf("%nSaves as the editor makes them (%d into each document, alternating; ms of thread CPU, median / p95)%n", SAVES);
        System.out.printf("%-22s %18s %18s %20s%n", "", "memory closed", "memory open", "memory's share p50");
        for (int d = 0; d < 2; d++) {
            int units = workbench.translations().translation(d == 0 ? "small" : "large", FRENCH).units().size();
            System.out.printf("%-22s %8.2f / %7.2f %8.2f / %7.2f %17.2f%n", String.format("%,d units", units),
                    percentile(closed[d], 50), percentile(closed[d], 95), percentile(open[d], 50), percentile(open[d], 95),
                    percentile(open[d], 50) - percentile(closed[d], 50));
        }
        System.out.printf("the lookup right after each save (another document's unit): p50 %.2f ms, p95 %.2f ms%n",
                percentile(lookupAfter, 50), percentile(lookupAfter, 95));
        workbench.close();
    }

    /** Saves alternately into the small and the large document; the times of each. */
    private static double[][] saves(Workbench workbench, String round, double[] lookupAfter) {
        double[][] times = new double[2][SAVES];
        String[] documents = {"small", "large"};
        String query = unit(workbench, "other", 0).id();
        for (int i = -20; i < SAVES; i++) {
            for (int d = 0; d < 2; d++) {
                List<Unit> units = workbench.translations().translation(documents[d], FRENCH).units();
                Unit unit = units.get(Math.floorMod(i * 7919, units.size()));
                UnitEdit edit = new UnitEdit(unit.id(), unit.rev(), "Traduction " + round + " " + i + ".", Status.TRANSLATED, "bench", null);
                long start = THREADS.getCurrentThreadCpuTime();
                workbench.translations().save(documents[d], FRENCH, edit);
                double took = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
                if (i >= 0) {
                    times[d][i] = took;
                }
                if (lookupAfter != null && d == 1 && i >= 0) {
                    start = THREADS.getCurrentThreadCpuTime();
                    workbench.memory().matches("other", FRENCH, query, 50, 5);
                    lookupAfter[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
                }
            }
        }
        return times;
    }

    private static Unit unit(Workbench workbench, String document, int index) {
        return workbench.translations().translation(document, FRENCH).units().get(index);
    }

    /** One sentence a paragraph, so each is a unit. */
    private static void importArticle(Workbench workbench, Path folder, String id, List<String> sentences) throws IOException {
        StringBuilder article = new StringBuilder();
        for (String sentence : sentences) {
            article.append(sentence.replaceAll("\\s+", " ").strip()).append("\n\n");
        }
        Path file = folder.resolve(id + ".txt");
        Files.writeString(file, article);
        workbench.documents().importFile(file, LanguageTag.of("en"), id);
        workbench.translations().addLanguage(id, FRENCH);
        Files.delete(file);
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
