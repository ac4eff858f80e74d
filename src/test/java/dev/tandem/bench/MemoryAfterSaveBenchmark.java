package dev.tandem.bench;

import dev.tandem.memory.TranslationMemory;
import dev.tandem.model.MatchQuery;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Only the last part of {@link MemoryBenchmark} at 1M units — a save, then the lookup that must see
 * it — over an index built once and kept (the same corpus, grown the same way), so the part can be
 * measured and profiled again in seconds rather than minutes:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.MemoryAfterSaveBenchmark
 * -Dexec.args="target/memory-corpus/catalogues target/memory-1m-index"}. Each run saves into the kept
 * index (200 units, replaced by the next run: the same keys).
 */
public final class MemoryAfterSaveBenchmark {

    private static final int SIZE = 1_000_000;
    private static final int QUERIES = 300;
    private static final int SAVES = 200;
    /** About a save's HTTP answer and the editor asking for the next unit's matches. */
    private static final int GAP_MILLIS = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        Path catalogues = Path.of(args.length > 0 ? args[0] : "target/memory-corpus/catalogues");
        Path folder = Path.of(args.length > 1 ? args[1] : "target/memory-1m-index");
        Random random = new Random(14);
        List<MemoryCorpus.Pair> real = MemoryCorpus.read(catalogues);
        Collections.shuffle(real, random);
        List<String> queries = real.subList(0, QUERIES).stream().map(MemoryCorpus.Pair::source).toList();
        List<MemoryCorpus.Pair> pool = new ArrayList<>(real.subList(QUERIES, real.size()));
        boolean fresh = !Files.isDirectory(folder);
        try (TranslationMemory memory = TranslationMemory.open(folder)) {
            if (fresh || memory.stamps().isEmpty()) {
                MemoryBenchmark.fill(memory, MemoryCorpus.grow(pool, SIZE, new Random(SIZE)));
                System.out.println("built the 1M index in " + folder);
            }
            for (int warm = 0; warm < 2; warm++) {
                queries.forEach(q -> memory.matches(MatchQuery.of(q, "en", "fr")));
            }
            double[] plain = new double[QUERIES];
            for (int q = 0; q < QUERIES; q++) {
                long start = THREADS.getCurrentThreadCpuTime();
                memory.matches(MatchQuery.of(queries.get(q), "en", "fr"));
                plain[q] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            }
            System.out.printf("lookups (no save before): p50 %.2f ms, p95 %.2f ms (thread CPU)%n",
                    MemoryBenchmark.percentile(plain, 50), MemoryBenchmark.percentile(plain, 95));
            lookupsAfterSaves(memory, pool, queries, 0);
            lookupsAfterSaves(memory, pool, queries, GAP_MILLIS);
        }
    }

    private static void lookupsAfterSaves(TranslationMemory memory, List<MemoryCorpus.Pair> pool, List<String> queries, int gap) {
        double[] add = new double[SAVES];
        double[] cpu = new double[SAVES];
        double[] wall = new double[SAVES];
        for (int i = 0; i < SAVES; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            memory.put(MemoryBenchmark.entry(2_000_000 + i, "saved", pool.get(i)), "2");
            add[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            pause(gap);
            start = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            memory.matches(MatchQuery.of(queries.get(i % queries.size()), "en", "fr"));
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            wall[i] = (System.nanoTime() - wallStart) / 1e6;
        }
        memory.commit();
        System.out.printf("adding one saved unit: p50 %.2f ms, p95 %.2f ms; the lookup %s it p50 %.2f ms, p95 %.2f ms "
                        + "(thread CPU), p50 %.2f ms, p95 %.2f ms (wall)%n",
                MemoryBenchmark.percentile(add, 50), MemoryBenchmark.percentile(add, 95), gap == 0 ? "right after" : gap + " ms after",
                MemoryBenchmark.percentile(cpu, 50),
                MemoryBenchmark.percentile(cpu, 95), MemoryBenchmark.percentile(wall, 50), MemoryBenchmark.percentile(wall, 95));
    }

    private static void pause(int millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

}
