package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.BoundedInputStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.DublinCore;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts an article from any file Tika reads, within {@link ExtractionLimits}: too large, too
 * slow, encrypted or broken input becomes a {@link TandemException} with a message for the user.
 */
public final class ArticleExtractor {

    private final Parser parser = new AutoDetectParser();
    private final ExtractionLimits limits;
    private final PlainTextBlocks plainTextBlocks = new PlainTextBlocks();

    public ArticleExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /**
     * Parses {@code input}; {@code fileName} helps Tika detect the format.
     *
     * @throws TandemException when the input is too large, unreadable, encrypted or times out
     */
    public Article extract(InputStream input, String fileName) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "tika-parse");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Article> parse = executor.submit(() -> parse(input, fileName));
            return parse.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw TandemException.badInput(fileName + ": parsing took longer than "
                    + limits.timeout().toSeconds() + " s; the file may be broken or too complex");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TandemException.badInput(fileName + ": parsing was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TandemException tandem) {
                throw tandem;
            }
            throw TandemException.badInput(fileName + ": cannot read this file (" + describe(e.getCause()) + ")");
        } finally {
            executor.shutdownNow();
        }
    }

    private Article parse(InputStream input, String fileName) throws IOException, SAXException, TikaException {
        BoundedInputStream bounded = new BoundedInputStream(limits.maxBytes() + 1, input);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BlockCollector collector = new BlockCollector();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (TikaInputStream stream = TikaInputStream.get(bounded)) {
            parser.parse(stream, new WriteOutContentHandler(collector, limits.maxCharacters()), metadata, context);
        } catch (ZeroByteFileException e) {
            throw TandemException.badInput(fileName + ": the file is empty");
        } catch (EncryptedDocumentException e) {
            throw TandemException.badInput(fileName + ": the file is encrypted or password-protected");
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new TandemException(TandemException.Kind.TOO_LARGE,
                        fileName + ": more than " + limits.maxCharacters() + " characters of text");
            }
            throw e;
        }
        if (bounded.hasHitBound()) {
            throw new TandemException(TandemException.Kind.TOO_LARGE,
                    fileName + ": larger than the limit of " + limits.maxBytes() / (1024 * 1024) + " MB");
        }
        String mediaType = baseType(metadata.get(HttpHeaders.CONTENT_TYPE));
        List<ArticleBlock> blocks = mediaType.equals("text/plain")
                ? plainTextBlocks.split(collector.blocks())
                : collector.blocks();
        return new Article(firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get(DublinCore.TITLE)),
                language(metadata), mediaType, extras(metadata), blocks);
    }

    private static String language(Metadata metadata) {
        String language = firstNonBlank(metadata.get(TikaCoreProperties.LANGUAGE), metadata.get(HttpHeaders.CONTENT_LANGUAGE));
        return language == null ? null : language.strip();
    }

    private static Map<String, String> extras(Metadata metadata) {
        Map<String, String> extras = new LinkedHashMap<>();
        putIfPresent(extras, "author", metadata.get(TikaCoreProperties.CREATOR));
        putIfPresent(extras, "date", firstNonBlank(metadata.get(TikaCoreProperties.CREATED), metadata.get(TikaCoreProperties.MODIFIED)));
        return extras;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String describe(Throwable cause) {
        String message = cause == null ? null : cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause == null ? "unknown error" : cause.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 160 ? firstLine.substring(0, 160) + "…" : firstLine;
    }
}
