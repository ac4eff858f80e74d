package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.TandemException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Extracts an article from any file Tika reads, in this process, within {@link ExtractionLimits}:
 * too large, too slow, encrypted or broken input becomes a {@link TandemException} with a message
 * for the user. The time limit stops waiting but cannot stop a parser that ignores interruption,
 * and memory is the process's own: for untrusted uploads use {@link IsolatedExtractor}.
 */
public final class ArticleExtractor implements Extractor {

    private final ExtractionLimits limits;
    private final TikaArticleParser parser;

    public ArticleExtractor(ExtractionLimits limits) {
        this(limits, new LanguageIdentifier());
    }

    public ArticleExtractor(ExtractionLimits limits, LanguageIdentifier languages) {
        this.limits = limits;
        this.parser = new TikaArticleParser(limits, languages);
    }

    /** An extractor with {@link ExtractionLimits#defaults()}. */
    public ArticleExtractor() {
        this(ExtractionLimits.defaults());
    }

    @Override
    public ExtractionLimits limits() {
        return limits;
    }

    @Override
    public Article extract(InputStream input, String fileName) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "tika-parse");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Article> parse = executor.submit(() -> parser.parse(input, fileName));
            return parse.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw ParseFailures.timedOut(fileName, limits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TandemException.badInput(fileName + ": parsing was interrupted");
        } catch (ExecutionException e) {
            throw ParseFailures.unreadable(fileName, e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }
}
