package dev.tandem.bench;

import dev.tandem.align.Aligner;
import dev.tandem.align.Alignment;
import dev.tandem.align.Bead;
import dev.tandem.align.BeadFormat;
import dev.tandem.align.BeadLine;
import dev.tandem.align.GaleChurchAligner;
import dev.tandem.align.SentenceAligner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Accuracy of {@link SentenceAligner} and the plain {@link GaleChurchAligner} baseline on the
 * Text+Berg development document (German → French), then their speed on 1,000 and 10,000 source
 * sentences built from shuffled blocks of that document, in CPU time of the benchmark thread (the
 * machine is shared, so wall time would measure the other jobs too). Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.AlignmentBenchmark}
 * (add {@code -Dexec.args=--accuracy-only} to skip the timing).
 */
public final class AlignmentBenchmark {

    private static final String DATA = "/bench/alignment/";
    private static final int BLOCK_BEADS = 12;
    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 7;
    /** A 1,000-sentence alignment takes a fraction of a second; timing it alone would mostly measure noise. */
    private static final int SMALL_REPEATS = 10;

    public static void main(String[] args) {
        List<String> german = lines("dev.de");
        List<String> french = lines("dev.fr");
        List<BeadLine> gold = new BeadFormat().parse(lines("dev.gold"));
        Corpus dev = new Corpus(german, french, gold);
        Corpus thousand = dev.shuffledBlocks(1_000, 1);
        Corpus tenThousand = dev.shuffledBlocks(10_000, 2);
        Corpus perturbed = dev.shuffledBlocks(2_000, 3).perturbed(4);

        List<Aligner> aligners = List.of(new GaleChurchAligner(), new SentenceAligner());
        System.out.printf("Text+Berg dev (de→fr, %d × %d sentences, %d gold beads)%n%n",
                german.size(), french.size(), gold.size());
        System.out.printf("%-18s %8s %8s %8s %8s %8s %8s %12s %12s%n", "aligner", "strict P", "strict R", "strict F1",
                "lax P", "lax R", "lax F1", "F1 @10k", "F1 perturbed");
        for (Aligner aligner : aligners) {
            AlignmentScore score = AlignmentScore.of(dev.alignWith(aligner), gold);
            AlignmentScore large = AlignmentScore.of(tenThousand.alignWith(aligner), tenThousand.gold());
            AlignmentScore held = AlignmentScore.of(perturbed.alignWith(aligner), perturbed.gold());
            System.out.printf("%-18s %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %12.3f %12.3f%n", name(aligner),
                    score.strictPrecision(), score.strictRecall(), score.strictF1(),
                    score.laxPrecision(), score.laxRecall(), score.laxF1(), large.strictF1(), held.strictF1());
        }

        if (List.of(args).contains("--accuracy-only")) {
            return;
        }
        System.out.printf("%nSpeed: CPU seconds of the benchmark thread, median of %d rounds after %d warm-up rounds;%n"
                + "each round aligns the small pair %d times (mean) and the large pair once, so load hits both alike.%n"
                + "\"per sentence\" is the ratio divided by the ratio of source sentences (%.2f): 1.00 is linear.%n%n",
                ROUNDS, WARM_UP_ROUNDS, SMALL_REPEATS, (double) tenThousand.source().size() / thousand.source().size());
        System.out.printf("%-18s %14s %14s %10s %14s %14s%n", "aligner",
                thousand.sizeLabel(), tenThousand.sizeLabel(), "ratio", "ratio range", "per sentence");
        for (Aligner aligner : aligners) {
            for (int warm = 0; warm < WARM_UP_ROUNDS; warm++) {
                cpuSeconds(aligner, thousand, SMALL_REPEATS);
                cpuSeconds(aligner, tenThousand, 1);
            }
            double[] small = new double[ROUNDS];
            double[] big = new double[ROUNDS];
            double[] ratio = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                small[round] = cpuSeconds(aligner, thousand, SMALL_REPEATS);
                big[round] = cpuSeconds(aligner, tenThousand, 1);
                ratio[round] = big[round] / small[round];
            }
            double sentences = (double) tenThousand.source().size() / thousand.source().size();
            System.out.printf("%-18s %13.3fs %13.3fs %9.1f× %9.1f–%.1f× %14.2f%n", name(aligner),
                    median(small), median(big), median(ratio), min(ratio), max(ratio), median(ratio) / sentences);
        }
    }

    private static String name(Aligner aligner) {
        return aligner instanceof SentenceAligner ? "SentenceAligner" : "Gale–Church";
    }

    /** Mean CPU seconds of this thread per alignment of {@code corpus}, over {@code repeats} alignments. */
    private static double cpuSeconds(Aligner aligner, Corpus corpus, int repeats) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int run = 0; run < repeats; run++) {
            corpus.alignWith(aligner);
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e9 / repeats;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** A source text, its translation and the gold beads between them. */
    private record Corpus(List<String> source, List<String> target, List<BeadLine> gold) {

        Alignment alignWith(Aligner aligner) {
            return aligner.align(source, target, "de", "fr");
        }

        String sizeLabel() {
            return source.size() + "×" + target.size();
        }

        /**
         * About {@code sourceSentences} source sentences made of runs of {@value #BLOCK_BEADS} gold beads,
         * shuffled with a fixed seed and repeated, so the long text is real prose with known beads.
         */
        Corpus perturbed(long seed) {
            return perturb(this, seed);
        }

        Corpus shuffledBlocks(int sourceSentences, long seed) {
            List<List<BeadLine>> blocks = new ArrayList<>();
            for (int start = 0; start < gold.size(); start += BLOCK_BEADS) {
                blocks.add(gold.subList(start, Math.min(gold.size(), start + BLOCK_BEADS)));
            }
            Random random = new Random(seed);
            List<String> newSource = new ArrayList<>();
            List<String> newTarget = new ArrayList<>();
            List<BeadLine> newGold = new ArrayList<>();
            while (newSource.size() < sourceSentences) {
                List<List<BeadLine>> order = new ArrayList<>(blocks);
                Collections.shuffle(order, random);
                for (List<BeadLine> block : order) {
                    for (BeadLine bead : block) {
                        newGold.add(BeadLine.of(new Bead(newSource.size(), newSource.size() + bead.source().size(),
                                newTarget.size(), newTarget.size() + bead.target().size(), 1.0)));
                        bead.source().forEach(i -> newSource.add(source.get(i)));
                        bead.target().forEach(j -> newTarget.add(target.get(j)));
                    }
                    if (newSource.size() >= sourceSentences) {
                        break;
                    }
                }
            }
            return new Corpus(newSource, newTarget, List.copyOf(newGold));
        }
    }

    /**
     * A held-out check the aligner's weights were not chosen on: the same prose with edits real
     * translations have. Each gold bead, independently with a fixed seed: 1:1 beads lose their
     * target (1 in 25, a sentence left untranslated) or their source (1 in 25, a translator's
     * addition); and 1 in 20 beads is followed by 1 to 3 stray target sentences from far away in
     * the document (captions, notes), as 0:1 beads.
     */
    private static Corpus perturb(Corpus corpus, long seed) {
        Random random = new Random(seed);
        List<String> newSource = new ArrayList<>();
        List<String> newTarget = new ArrayList<>();
        List<BeadLine> newGold = new ArrayList<>();
        for (BeadLine bead : corpus.gold()) {
            boolean oneToOne = bead.source().size() == 1 && bead.target().size() == 1;
            double roll = random.nextDouble();
            List<Integer> source = oneToOne && roll < 0.04 ? List.of() : bead.source();
            List<Integer> target = oneToOne && roll >= 0.04 && roll < 0.08 ? List.of() : bead.target();
            add(newSource, newTarget, newGold, source.stream().map(corpus.source()::get).toList(),
                    target.stream().map(corpus.target()::get).toList());
            if (random.nextDouble() < 0.05) {
                int strays = 1 + random.nextInt(3);
                int from = (bead.target().isEmpty() ? 0 : bead.target().get(0)) + corpus.target().size() / 2;
                for (int k = 0; k < strays; k++) {
                    String stray = corpus.target().get((from + 7 * k) % corpus.target().size());
                    add(newSource, newTarget, newGold, List.of(), List.of(stray));
                }
            }
        }
        return new Corpus(newSource, newTarget, List.copyOf(newGold));
    }

    private static void add(List<String> source, List<String> target, List<BeadLine> gold,
                            List<String> sourceSentences, List<String> targetSentences) {
        if (sourceSentences.isEmpty() && targetSentences.isEmpty()) {
            return;
        }
        gold.add(BeadLine.of(new Bead(source.size(), source.size() + sourceSentences.size(),
                target.size(), target.size() + targetSentences.size(), 1.0)));
        source.addAll(sourceSentences);
        target.addAll(targetSentences);
    }

    static List<String> lines(String name) {
        try (InputStream in = AlignmentBenchmark.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + DATA + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(text.lines().toList());
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
