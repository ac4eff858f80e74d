package dev.tandem.exchange;

import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/** Writes a document's translation in one of the {@link ExchangeFormat}s. */
public final class BilingualExporter {

    private final String toolVersion;

    /** {@code toolVersion} goes into file headers (TMX creationtoolversion, XLIFF 1.2 tool-version). */
    public BilingualExporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * A TMX is read as a memory: OmegaT inserts its 100 % matches without asking. A unit whose
     * source changed pairs a new source with a stale target, and a draft was never confirmed, so
     * neither goes in unless drafts were asked for explicitly ({@code --status initial}).
     */
    private static boolean teachesOnlyConfirmedPairs(BilingualUnit unit, ExportOptions options) {
        if (unit.sourceChanged()) {
            return false;
        }
        return unit.status().atLeast(Status.TRANSLATED) || options.minimumStatus() == Status.INITIAL;
    }

    public ExportResult export(Document document, Translation translation, ExchangeFormat format, ExportOptions options,
                               Instant exportedAt) {
        return export(document, translation, Map.of(), format, options, exportedAt);
    }

    /** The same with the translation's comments by unit id, written as notes in TMX and XLIFF. */
    public ExportResult export(Document document, Translation translation, Map<String, List<Comment>> comments, ExchangeFormat format,
                               ExportOptions options, Instant exportedAt) {
        List<BilingualUnit> all = BilingualUnit.of(document, translation, comments);
        // The article is the whole text: filtering sentences out of it would leave holes.
        List<BilingualUnit> units = format.article() ? all : all.stream()
                .filter(unit -> options.includes(unit.status(), unit.hasTarget(), format))
                .filter(unit -> format != ExchangeFormat.TMX || teachesOnlyConfirmedPairs(unit, options))
                .toList();
        ExportContext context = new ExportContext(document, translation.language(), units, exportedAt, toolVersion);
        String fileName = document.id() + "." + translation.language() + "." + format.extension();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case TMX -> new TmxWriter().write(context, out);
                case XLIFF -> new Xliff2Writer().write(context, out);
                case XLIFF12 -> new Xliff12Writer().write(context, out);
                case CSV, TSV -> new DelimitedWriter().write(context, format, out);
                case HTML -> new BilingualHtmlWriter().write(context, out);
                case TXT, MD, ARTICLE_HTML, DOCX -> {
                    ArticleContent article = ArticleContent.of(context);
                    switch (format) {
                        case ARTICLE_HTML -> new ArticleHtmlWriter().write(article, out);
                        case DOCX -> new ArticleDocxWriter().write(article, out);
                        default -> out.writeBytes(new ArticleWriter().write(article, format == ExchangeFormat.MD).getBytes(StandardCharsets.UTF_8));
                    }
                    List<String> warnings = article.fallbacks() == 0 ? List.of()
                            : List.of(article.fallbacks() + " of " + units.size() + " units are not translated yet; their source text is used");
                    return new ExportResult(out.toByteArray(), fileName, format.mediaType(), units.size(), article.fallbacks(), warnings);
                }
                default -> throw new IllegalStateException("no writer for " + format);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing " + format.label() + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportResult(out.toByteArray(), fileName, format.mediaType(), units.size(), 0, List.of());
    }
}
