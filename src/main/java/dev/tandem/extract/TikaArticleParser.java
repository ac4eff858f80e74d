package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.BlockType;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.BoundedInputStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.DublinCore;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * One parse, in the calling thread: detect the format, read a web page as a tree of elements,
 * a text file as text, anything else as Tika's blocks, and build the article.
 */
final class TikaArticleParser {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final ExtractionLimits limits;
    private final PlainTextBlocks plainTextBlocks = new PlainTextBlocks();
    private final MarkdownBlocks markdownBlocks = new MarkdownBlocks();
    private final LanguageChoice languages;
    private final HtmlArticleReader htmlReader;

    TikaArticleParser(ExtractionLimits limits, LanguageIdentifier identifier) {
        this.limits = limits;
        StopWords stopWords = new StopWords();
        this.languages = new LanguageChoice(identifier, stopWords);
        this.htmlReader = new HtmlArticleReader(stopWords, languages);
    }

    Article parse(InputStream input, String fileName) throws IOException, SAXException, TikaException {
        BoundedInputStream bounded = new BoundedInputStream(limits.maxBytes() + 1, input);
        Article article;
        try (TikaInputStream stream = TikaInputStream.get(bounded)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            MediaType type = FileFormat.detect(parser.getDetector(), stream, metadata, fileName);
            if (FileFormat.isHtml(type)) {
                article = readPage(stream, metadata);
            } else if (FileFormat.isPlainText(type)) {
                article = readText(stream, metadata, fileName, type);
            } else {
                article = readBlocks(stream, metadata);
            }
        } catch (SAXException | TikaException | IOException e) {
            throw ParseFailures.translate(e, fileName, bounded.hasHitBound(), limits);
        }
        if (bounded.hasHitBound()) {
            throw ParseFailures.tooLarge(fileName, limits);
        }
        return ParseFailures.requireText(article, fileName);
    }

    private Article readPage(TikaInputStream stream, Metadata metadata) throws IOException, SAXException, TikaException {
        byte[] head = JsonLdScripts.peek(stream);
        HtmlTreeBuilder tree = new HtmlTreeBuilder();
        tikaParse(stream, tree, metadata);
        PageMetadata page = PageMetadata.of(metadata, new JsonLdFields(JsonLdScripts.find(head, metadata)),
                tree.canonicalUrl());
        return htmlReader.read(tree.root(), page, baseType(metadata));
    }

    /** Plain text and Markdown are decoded here, not by Tika, so the encoding rule is ours (see {@link PlainTextDecoder}). */
    private Article readText(TikaInputStream stream, Metadata metadata, String fileName, MediaType type) throws IOException {
        String text = PlainTextDecoder.decode(stream, metadata, fileName, limits);
        List<ArticleBlock> parsed = List.of(new ArticleBlock(BlockType.PARAGRAPH, text));
        String mediaType = type.getBaseType().toString();
        List<ArticleBlock> blocks = mediaType.equals("text/plain") ? plainTextBlocks.split(parsed) : markdownBlocks.split(parsed);
        return withLanguage(null, null, mediaType, Map.of(), blocks);
    }

    private Article readBlocks(TikaInputStream stream, Metadata metadata) throws IOException, SAXException, TikaException {
        BlockCollector collector = new BlockCollector();
        tikaParse(stream, collector, metadata);
        String mediaType = baseType(metadata);
        List<ArticleBlock> blocks = mediaType.equals("application/pdf")
                ? new PdfLayout(collector.blocks(), collector.pageStarts()).clean() : collector.blocks();
        String title = firstNonBlank(metadata.get(TikaCoreProperties.TITLE), metadata.get(DublinCore.TITLE));
        return withLanguage(title, declaredLanguage(metadata), mediaType, extras(metadata), blocks);
    }

    private void tikaParse(TikaInputStream stream, ContentHandler handler, Metadata metadata)
            throws IOException, SAXException, TikaException {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentRefusal());
        parser.parse(stream, new WriteOutContentHandler(handler, limits.maxCharacters()), metadata, context);
    }

    private Article withLanguage(String title, String declared, String mediaType, Map<String, String> extras,
                                 List<ArticleBlock> blocks) {
        LanguageChoice.Decision language = languages.decide(declared, sample(blocks));
        return new Article(title, language.language(), mediaType, extras, blocks, language.evidence());
    }

    private static String sample(List<ArticleBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (ArticleBlock block : blocks) {
            if (text.length() > 6_000) {
                break;
            }
            text.append(block.text()).append(' ');
        }
        return text.toString();
    }

    private static String declaredLanguage(Metadata metadata) {
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

    private static String baseType(Metadata metadata) {
        String contentType = metadata.get(HttpHeaders.CONTENT_TYPE);
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
}
