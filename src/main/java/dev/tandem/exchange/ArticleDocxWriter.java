package dev.tandem.exchange;

import dev.tandem.model.BlockType;
import dev.tandem.model.InlineCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The translated article as a Word document (Apache POI, which Tika brings): each block a paragraph
 * in Word's own style for its role (Title, Subtitle, heading 1, Quote, caption, a bulleted List
 * Bullet), and each piece of text a run with the formatting its codes give it — bold, italic,
 * underline, sub- and superscript, inline code, line breaks — a link a hyperlink run. Only URLs
 * {@link LinkTargets} allows become hyperlinks.
 */
final class ArticleDocxWriter {

    /** The formatting of a run: what the spans around it say. */
    private record Format(boolean bold, boolean italic, boolean underline, VerticalAlign position, boolean code, String link) {

        static final Format PLAIN = new Format(false, false, false, null, false, null);

        Format inside(InlineTree.Span span) {
            return switch (span.type()) {
                case InlineCode.BOLD -> new Format(true, italic, underline, position, code, link);
                case InlineCode.ITALIC -> new Format(bold, true, underline, position, code, link);
                case InlineCode.UNDERLINE -> new Format(bold, italic, true, position, code, link);
                case InlineCode.SUBSCRIPT -> new Format(bold, italic, underline, VerticalAlign.SUBSCRIPT, code, link);
                case InlineCode.SUPERSCRIPT -> new Format(bold, italic, underline, VerticalAlign.SUPERSCRIPT, code, link);
                case InlineCode.CODE -> new Format(bold, italic, underline, position, true, link);
                case InlineCode.LINK -> link == null && span.link() != null
                        ? new Format(bold, italic, underline, position, code, span.link()) : this;
                default -> this;
            };
        }
    }

    void write(ArticleContent article, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createStyles().setStyles(templatePart("article-styles.xml", StylesDocument.Factory::parse).getStyles());
            document.getStyles().setSpellingLanguage(article.language());
            XWPFNumbering numbering = document.createNumbering();
            numbering.setNumbering(templatePart("article-numbering.xml", NumberingDocument.Factory::parse).getNumbering());
            document.getProperties().getCoreProperties().setTitle(article.title());
            for (ArticleContent.Part part : article.parts()) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setStyle(style(part.type()));
                if (part.type() == BlockType.LIST_ITEM) {
                    paragraph.setNumID(BigInteger.ONE);
                }
                writeInline(paragraph, InlineTree.of(part.text()), Format.PLAIN);
            }
            document.write(out);
        }
    }

    private static String style(BlockType type) {
        return switch (type) {
            case TITLE -> "Title";
            case SUBTITLE -> "Subtitle";
            case HEADING -> "Heading1";
            case PARAGRAPH -> "Normal";
            case LIST_ITEM -> "ListBullet";
            case QUOTE -> "Quote";
            case CAPTION -> "Caption";
        };
    }

    private static void writeInline(XWPFParagraph paragraph, List<InlineTree.Node> nodes, Format format) {
        for (InlineTree.Node node : nodes) {
            if (node instanceof InlineTree.Text text) {
                run(paragraph, format).setText(XmlOutput.clean(text.text().replaceAll("\\s*\\R\\s*", " ")));
            } else if (node instanceof InlineTree.LineBreak) {
                run(paragraph, format).addBreak();
            } else if (node instanceof InlineTree.Span span) {
                writeInline(paragraph, span.children(), format.inside(span));
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, Format format) {
        XWPFRun run = format.link() == null ? paragraph.createRun() : paragraph.createHyperlinkRun(format.link());
        if (format.link() != null) {
            run.setStyle("Hyperlink");
        } else if (format.code()) {
            run.setStyle("HTMLCode");
        }
        if (format.bold()) {
            run.setBold(true);
        }
        if (format.italic()) {
            run.setItalic(true);
        }
        if (format.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (format.position() != null) {
            run.setSubscript(format.position());
        }
        return run;
    }

    /** A part of the document template, parsed by its XMLBeans type. */
    private interface PartParser<T> {
        T parse(InputStream input) throws XmlException, IOException;
    }

    private static <T> T templatePart(String resource, PartParser<T> parser) {
        try (InputStream input = ArticleDocxWriter.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("the DOCX template part " + resource + " is missing from the build");
            }
            return parser.parse(input);
        } catch (XmlException e) {
            throw new IllegalStateException("the DOCX template part " + resource + " is broken", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
