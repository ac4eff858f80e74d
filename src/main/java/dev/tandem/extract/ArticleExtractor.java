package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.xml.sax.ContentHandler;
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
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts an article from any file Tika reads, within {@link ExtractionLimits}: too large, too
 * slow, encrypted or broken input becomes a {@link TandemException} with a message for the user.
 */
public final class ArticleExtractor {

    private final AutoDetectParser parser;
    private final ExtractionLimits limits;
    private final PlainTextBlocks plainTextBlocks = new PlainTextBlocks();
    private final StopWords stopWords = new StopWords();
    private final HtmlArticleReader htmlReader = new HtmlArticleReader(stopWords);

    public ArticleExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.parser = new AutoDetectParser();
    }

    /** An extractor with {@link ExtractionLimits#defaults()}. */
    public ArticleExtractor() {
        this(ExtractionLimits.defaults());
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
        EmbeddedDocumentRefusal refusal = new EmbeddedDocumentRefusal();
        byte[] head = new byte[0];
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, refusal);
        HtmlTreeBuilder tree = null;
        BlockCollector collector = null;
        try (TikaInputStream stream = TikaInputStream.get(bounded)) {
            MediaType detected = parser.getDetector().detect(stream, metadata);
            ContentHandler handler;
            if (isHtml(detected)) {
                head = JsonLdScripts.peek(stream);
                tree = new HtmlTreeBuilder();
                handler = tree;
            } else {
                collector = new BlockCollector();
                handler = collector;
            }
            parser.parse(stream, new WriteOutContentHandler(handler, limits.maxCharacters()), metadata, context);
        } catch (ZeroByteFileException e) {
            throw TandemException.badInput(fileName + ": the file is empty");
        } catch (EncryptedDocumentException e) {
            throw TandemException.badInput(fileName + ": the file is encrypted or password-protected");
        } catch (SAXException e) {
            if (hasTooManyElements(e)) {
                throw tooManyElements(fileName);
            }
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new TandemException(TandemException.Kind.TOO_LARGE,
                        fileName + ": more than " + limits.maxCharacters() + " characters of text");
            }
            throw e;
        } catch (TikaException e) {
            if (bounded.hasHitBound()) {
                throw tooLarge(fileName);
            }
            if (hasTooManyElements(e)) {
                throw tooManyElements(fileName);
            }
            if (mentionsZipBomb(e)) {
                throw new TandemException(TandemException.Kind.TOO_LARGE, fileName
                        + ": expands to far more text or nesting than its size allows (a decompression bomb?); refused");
            }
            throw e;
        }
        if (bounded.hasHitBound()) {
            throw tooLarge(fileName);
        }
        String mediaType = baseType(metadata.get(HttpHeaders.CONTENT_TYPE));
        if (tree != null) {
            PageMetadata page = PageMetadata.of(metadata, new JsonLdFields(JsonLdScripts.find(head, metadata)), tree.canonicalUrl());
            return requireText(htmlReader.read(tree.root(), page, mediaType), fileName);
        }
        List<ArticleBlock> blocks = switch (mediaType) {
            case "text/plain" -> plainTextBlocks.split(collector.blocks());
            case "text/x-web-markdown", "text/markdown" -> MarkdownBlocks.split(collector.blocks());
            case "application/pdf" -> new PdfLayout(collector.blocks(), collector.pageStarts()).clean();
            default -> collector.blocks();
        };
        String language = LanguageChoice.choose(language(metadata), stopWords.guessLanguage(sample(blocks)));
        return requireText(new Article(firstNonBlank(metadata.get(TikaCoreProperties.TITLE),
                metadata.get(DublinCore.TITLE)), language, mediaType, extras(metadata), blocks), fileName);
    }

    private static boolean hasTooManyElements(Throwable error) {
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause instanceof HtmlTreeBuilder.TooManyElementsException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable error) {
        if (error instanceof SAXException sax && sax.getException() != null && sax.getException() != error) {
            return sax.getException();
        }
        return error.getCause() == error ? null : error.getCause();
    }

    private static TandemException tooManyElements(String fileName) {
        return new TandemException(TandemException.Kind.TOO_LARGE,
                fileName + ": more than " + HtmlTreeBuilder.MAX_ELEMENTS + " HTML elements");
    }

    private static boolean mentionsZipBomb(Throwable error) {
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static Article requireText(Article article, String fileName) {
        if (!article.blocks().isEmpty()) {
            return article;
        }
        if (article.mediaType().equals("application/octet-stream")) {
            throw new TandemException(TandemException.Kind.UNSUPPORTED,
                    fileName + ": unsupported format; not a document Tandem can read");
        }
        throw TandemException.badInput(fileName + ": no text found (" + article.mediaType()
                + "; a scanned image or an empty document?)");
    }

    private TandemException tooLarge(String fileName) {
        return new TandemException(TandemException.Kind.TOO_LARGE,
                fileName + ": larger than the limit of " + limits.maxBytes() / (1024 * 1024) + " MB");
    }

    private static boolean isHtml(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("application/vnd.wap.xhtml+xml");
    }

    private static String sample(List<ArticleBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (ArticleBlock block : blocks) {
            if (text.length() > 20_000) {
                break;
            }
            text.append(block.text()).append(' ');
        }
        return text.toString();
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
