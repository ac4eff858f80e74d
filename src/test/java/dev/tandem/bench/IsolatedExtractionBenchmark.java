package dev.tandem.bench;

import dev.tandem.bench.ExtractionPages.Page;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.ExtractionLimits;
import dev.tandem.extract.Extractor;
import dev.tandem.extract.IsolatedExtractor;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * What parsing in a child JVM costs: the worker's start (JVM, Tika, language models) and the time
 * per page as a ratio to parsing in this process, on the Zyte pages, same run. Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.IsolatedExtractionBenchmark}
 */
public final class IsolatedExtractionBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private IsolatedExtractionBenchmark() {
    }

    public static void main(String[] args) {
        List<Page> pages = ExtractionPages.zyte();
        ArticleExtractor inProcess = new ArticleExtractor(ExtractionLimits.defaults());
        long start = System.nanoTime();
        try (IsolatedExtractor isolated = new IsolatedExtractor(ExtractionLimits.defaults(), 1, IsolatedExtractor.DEFAULT_HEAP_MEGABYTES)) {
            seconds(isolated, pages.subList(0, 1));
            double startSeconds = (System.nanoTime() - start) / 1e9;
            double inProcessSeconds = Double.MAX_VALUE;
            double isolatedSeconds = Double.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                inProcessSeconds = Math.min(inProcessSeconds, seconds(inProcess, pages));
                isolatedSeconds = Math.min(isolatedSeconds, seconds(isolated, pages));
            }
            System.out.printf("Worker start to first answer: %.1f s (JVM, Tika, language models; once, then kept warm)%n", startSeconds);
            System.out.printf("%d pages, best of %d rounds: in process %.0f ms/page, in a worker %.0f ms/page: %.2f× the time,"
                    + " %.0f ms more per file%n", pages.size(), ROUNDS, 1000 * inProcessSeconds / pages.size(),
                    1000 * isolatedSeconds / pages.size(), isolatedSeconds / inProcessSeconds,
                    1000 * (isolatedSeconds - inProcessSeconds) / pages.size());
        }
    }

    private static double seconds(Extractor extractor, List<Page> pages) {
        long start = System.nanoTime();
        for (Page page : pages) {
            try {
                extractor.extract(new ByteArrayInputStream(page.html()), "page.html");
            } catch (RuntimeException e) {
                // a refusal costs the same on both sides
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
