package dev.tandem.bench;

import dev.tandem.memory.FuzzyScore;
import dev.tandem.memory.MatchTokenizer;
import dev.tandem.memory.TranslationMemory;
import dev.tandem.model.Match;
import dev.tandem.model.MatchQuery;
import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Provenance;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Top-5 lookup in a translation memory of 10k, 100k and 1M English→French units (real units from
 * Debian's French catalogues, grown with variants to 1M), against a scan that scores every entry
 * as OmegaT does, in the same run: latency (single thread), the ratio, recall of the indexed lookup
 * against the scan's top 5 (matches ≥ 70 %), heap and index size at 1M, and the time to add one
 * saved unit, and the memory's share of a save into a store ({@link MemorySaves}). Run (the first
 * command downloads the catalogues once):
 * {@code sh src/test/resources/bench/memory/build-corpus.sh target/memory-corpus}, then
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.MemoryBenchmark}
 */
public final class MemoryBenchmark {

    /** {@code -Dbench.sizes=10000,100000} for a quicker run; the README's figures are the full one. */
    private static final int[] SIZES = java.util.Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int QUERIES = 300;
    private static final int SCAN_QUERIES_AT_1M = 60;
    private static final int RECALL_MINIMUM = 70;
    /** Thread CPU time: the machine is shared, and wall time mostly measures the neighbours' load. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        Path catalogues = Path.of(args.length > 0 ? args[0] : "target/memory-corpus/catalogues");
        if (!Files.isDirectory(catalogues)) {
            System.err.println("no corpus in " + catalogues + "; build it first: sh src/test/resources/bench/memory/build-corpus.sh target/memory-corpus");
            System.exit(2);
        }
        Random random = new Random(14);
        List<MemoryCorpus.Pair> real = MemoryCorpus.read(catalogues);
        Collections.shuffle(real, random);
        List<String> queries = real.subList(0, QUERIES).stream().map(MemoryCorpus.Pair::source).toList();
        List<MemoryCorpus.Pair> pool = new ArrayList<>(real.subList(QUERIES, real.size()));
        System.out.printf("Corpus: %,d real English→French units from Debian catalogues; %,d held out as queries%n",
                real.size(), QUERIES);
        real = null;
        MatchTokenizer tokenizer = new MatchTokenizer();
        List<String[]> queryKeys = queries.stream().map(q -> tokenizer.tokenize(q, "en").keys().toArray(String[]::new)).toList();
        System.out.println("top-5 lookups (≥ 50 %), single thread, ms of thread CPU time per query");
        System.out.printf("%n%-7s %9s %9s %11s %11s %9s %9s %8s%n", "units", "index p50", "index p95", "scan p50", "scan p95",
                "p50 ratio", "p95 ratio", "recall");
        for (int size : SIZES) {
            List<MemoryCorpus.Pair> entries = MemoryCorpus.grow(pool, size, new Random(size));
            long derived = entries.stream().filter(MemoryCorpus.Pair::derived).count();
            Path folder = Files.createTempDirectory("tandem-memory-bench");
            try (TranslationMemory memory = TranslationMemory.open(folder)) {
                long built = System.nanoTime();
                fill(memory, entries);
                double buildSeconds = (System.nanoTime() - built) / 1e9;
                String[][] keys = new String[entries.size()][];
                for (int i = 0; i < entries.size(); i++) {
                    keys[i] = tokenizer.tokenize(entries.get(i).source(), "en").keys().toArray(String[]::new);
                }
                for (int warm = 0; warm < 2; warm++) {
                    queries.forEach(q -> memory.matches(MatchQuery.of(q, "en", "fr")));
                }
                double[] indexed = new double[QUERIES];
                List<List<Match>> found = new ArrayList<>();
                for (int q = 0; q < QUERIES; q++) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    found.add(memory.matches(MatchQuery.of(queries.get(q), "en", "fr")));
                    indexed[q] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
                }
                int scanned = size >= 1_000_000 ? SCAN_QUERIES_AT_1M : QUERIES;
                double[] scan = new double[scanned];
                int wanted = 0;
                int got = 0;
                for (int q = 0; q < scanned; q++) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    int[] best = scanTop5(queryKeys.get(q), keys);
                    scan[q] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
                    String[] asked = queryKeys.get(q);
                    int[] mine = found.get(q).stream()
                            .mapToInt(match -> FuzzyScore.similarity(asked,
                                    tokenizer.tokenize(match.entry().source(), "en").keys().toArray(String[]::new)))
                            .map(score -> -score).sorted().map(score -> -score).toArray();
                    for (int k = 0; k < best.length && best[k] >= RECALL_MINIMUM; k++) {
                        wanted++;
                        if (k < mine.length && mine[k] >= best[k]) {
                            got++;
                        }
                    }
                }
                System.out.printf("%-7s %9.2f %9.2f %11.2f %11.2f %8.0f× %8.0f× %8.3f%n", label(size), percentile(indexed, 50),
                        percentile(indexed, 95), percentile(scan, 50), percentile(scan, 95),
                        percentile(scan, 50) / percentile(indexed, 50), percentile(scan, 95) / percentile(indexed, 95),
                        wanted == 0 ? 1.0 : (double) got / wanted);
                System.out.printf("        (%,d derived variants; built in %.1f s; scan over %d queries, recall over %d scan matches ≥ %d %%)%n",
                        derived, buildSeconds, scanned, wanted, RECALL_MINIMUM);
                if (size == SIZES[SIZES.length - 1]) {
                    keys = null;
                    entries = null;
                    afterLargest(memory, pool, queries, label(size));
                }
            }
        }
        MemorySaves.run(pool.stream().map(MemoryCorpus.Pair::source).toList());
    }

    private static void afterLargest(TranslationMemory memory, List<MemoryCorpus.Pair> pool, List<String> queries, String size) {
        double[] add = new double[200];
        double[] lookupAfter = new double[add.length];
        double[] lookupAfterWall = new double[add.length];
        for (int i = 0; i < add.length; i++) {
            MemoryCorpus.Pair pair = pool.get(i);
            MemoryEntry saved = entry(2_000_000 + i, "saved", pair);
            long start = THREADS.getCurrentThreadCpuTime();
            memory.put(saved, "2");
            add[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            // the save started reopening the readers in the background; a lookup this soon waits for
            // that (wall time) or does it itself (thread CPU)
            start = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            memory.matches(MatchQuery.of(queries.get(i % queries.size()), "en", "fr"));
            lookupAfter[i] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            lookupAfterWall[i] = (System.nanoTime() - wall) / 1e6;
        }
        memory.commit();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heap = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("%nAt %s units: index %,.0f MB on disk; heap in use after GC %,.0f MB (index open, the real corpus still loaded: "
                        + "%,d pairs)%nAdding one saved unit: p50 %.2f ms, p95 %.2f ms; the lookup right after it (which must see it) "
                        + "p50 %.2f ms, p95 %.2f ms (thread CPU), p50 %.2f ms, p95 %.2f ms (wall, waiting for the reopen)%n",
                size, memory.sizeOnDisk() / 1e6, heap / 1e6, pool.size(), percentile(add, 50), percentile(add, 95),
                percentile(lookupAfter, 50), percentile(lookupAfter, 95), percentile(lookupAfterWall, 50), percentile(lookupAfterWall, 95));
    }

    /** OmegaT's way: score every entry, keep the best five. */
    private static int[] scanTop5(String[] query, String[][] entries) {
        int[] best = new int[5];
        Arrays.fill(best, -1);
        for (String[] entry : entries) {
            int score = FuzzyScore.similarity(query, entry);
            if (score > best[4]) {
                int k = 4;
                while (k > 0 && best[k - 1] < score) {
                    best[k] = best[k - 1];
                    k--;
                }
                best[k] = score;
            }
        }
        return best;
    }

    /** The benchmark's memory: the pairs in groups of 50,000, committed. */
    static void fill(TranslationMemory memory, List<MemoryCorpus.Pair> entries) {
        for (int from = 0; from < entries.size(); from += 50_000) {
            List<MemoryEntry> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(entries.size(), from + 50_000); i++) {
                chunk.add(entry(i, "bench/" + from, entries.get(i)));
            }
            memory.replaceGroup("bench/" + from, "1", chunk);
        }
        memory.commit();
    }

    static MemoryEntry entry(int index, String group, MemoryCorpus.Pair pair) {
        return new MemoryEntry("b/" + index, group, pair.source(), pair.target(), "en", "fr",
                Provenance.reference(pair.derived() ? "debian-variant" : "debian", null, null, 0), null, null);
    }

    private static String label(int size) {
        return size >= 1_000_000 ? size / 1_000_000 + "M" : size / 1_000 + "k";
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
