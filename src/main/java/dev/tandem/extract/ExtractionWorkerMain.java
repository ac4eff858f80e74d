package dev.tandem.extract;

import dev.tandem.model.TandemException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The child process behind {@link IsolatedExtractor}: reads requests from standard input, parses
 * each with an in-process {@link ArticleExtractor}, answers on standard output, and exits when the
 * server closes the pipe (or dies). Arguments: max bytes, max characters, timeout in milliseconds.
 */
public final class ExtractionWorkerMain {

    private static final byte[] WARM_UP = ("<html lang=\"en\"><body><article><p>A short paragraph to warm the parser up,"
            + " long enough to be prose.</p></article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private ExtractionWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        ExtractionLimits limits = new ExtractionLimits(Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Duration.ofMillis(Long.parseLong(args[2])));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // Whatever a parser prints must not corrupt the answers.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        LanguageIdentifier languages = new LanguageIdentifier();
        ArticleExtractor extractor = new ArticleExtractor(limits, languages);
        // Warm up (models loaded, Tika's parsers initialised) before saying ready, so that a
        // request's time limit is spent on its own file.
        languages.detect("warm up");
        extractor.extract(new ByteArrayInputStream(WARM_UP), "warm-up.html");
        ArticleWire.writeReady(out);
        for (String fileName = ArticleWire.readFileName(in); fileName != null; fileName = ArticleWire.readFileName(in)) {
            byte[] content = ArticleWire.readContent(in, limits.maxBytes());
            try {
                ArticleWire.writeArticle(out, extractor.extract(new ByteArrayInputStream(content), fileName));
            } catch (TandemException refusal) {
                ArticleWire.writeRefusal(out, refusal);
            }
        }
    }
}
