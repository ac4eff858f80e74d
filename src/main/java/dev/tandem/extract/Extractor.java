package dev.tandem.extract;

import dev.tandem.model.Article;
import java.io.InputStream;

/**
 * Turns a file into an article within {@link ExtractionLimits}. {@link ArticleExtractor} parses in
 * this process; {@link IsolatedExtractor} parses in a child JVM with its own heap, killed at the
 * time limit, for files from people you do not know.
 */
public interface Extractor {

    /**
     * Parses {@code input}; {@code fileName} helps detect the format.
     *
     * @throws dev.tandem.model.TandemException when the input is too large, unreadable, encrypted or times out
     */
    Article extract(InputStream input, String fileName);

    ExtractionLimits limits();
}
