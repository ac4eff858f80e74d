package dev.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.HostileFiles;
import dev.tandem.model.Article;
import dev.tandem.model.TandemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parsing in a child JVM: the same articles, and hostile files stopped at the process's bounds. */
class IsolatedExtractorTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>
            <p>The council voted on Tuesday to close the old bridge to cars, ending a debate that has divided the town
            for more than a decade, and asked engineers to report on repairs by spring.</p></article></body></html>""";
    private static final ExtractionLimits LIMITS = new ExtractionLimits(50L * 1024 * 1024, 5_000_000, Duration.ofSeconds(3));

    private static IsolatedExtractor isolated;

    @BeforeAll
    static void startWorkers() {
        isolated = new IsolatedExtractor(LIMITS, 1, 160);
        // The worker warms up (JVM, Tika, language models) before the tests time anything.
        extract(isolated, PAGE.getBytes(StandardCharsets.UTF_8), "warm-up.html");
    }

    @AfterAll
    static void stopWorkers() {
        isolated.close();
    }

    private static Article extract(Extractor extractor, byte[] content, String name) {
        return extractor.extract(new ByteArrayInputStream(content), name);
    }

    @Test
    void articleFromTheWorkerIsTheArticleParsedInProcess() {
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        assertEquals(extract(new ArticleExtractor(LIMITS), page, "bridge.html"), extract(isolated, page, "bridge.html"));
    }

    @Test
    void refusalFromTheWorkerKeepsItsKindAndMessage() {
        TandemException error = assertThrows(TandemException.class, () -> extract(isolated, new byte[] {1, 2, 3, 0, 9}, "noise.bin"));
        assertEquals(TandemException.Kind.UNSUPPORTED, error.kind());
        assertEquals("noise.bin: unsupported format; not a document Tandem can read", error.getMessage());
    }

    @Test
    void pathologicalPdfIsStoppedAtTheTimeLimitAndTheNextFileStillParses() {
        byte[] pdf = HostileFiles.pathologicalPdf(20_000_000);
        long start = System.nanoTime();
        TandemException error = assertThrows(TandemException.class, () -> extract(isolated, pdf, "slow.pdf"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("slow.pdf: parsing took longer than 3 s; the file may be broken or too complex", error.getMessage());
        assertTrue(seconds < 3 + 3, "stopped after " + seconds + " s");
        assertEquals("Bridge closes", extract(isolated, PAGE.getBytes(StandardCharsets.UTF_8), "after.html").title());
    }
}
