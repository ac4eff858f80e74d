package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.Comment;
import dev.tandem.model.Unit;
import java.io.OutputStream;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * XLIFF 2.1 core: one {@code file} per document and target language, one {@code unit} per Tandem
 * unit with one {@code segment} (a merged unit carries its joined source; the segment ids it covers
 * are kept in {@code tandem:segments}). Statuses map 1:1 to the segment {@code state}.
 */
final class Xliff2Writer {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    /** Our extension attributes on {@code unit} (XLIFF 2 core allows other namespaces there, §4.9.3.6). */
    static final String TANDEM_NAMESPACE = "urn:tandem:exchange:1";

    void write(ExportContext context, OutputStream out) throws XMLStreamException {
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.document("xliff", NAMESPACE);
            xml.raw().writeNamespace("tandem", TANDEM_NAMESPACE);
            xml.attribute("version", "2.1").attribute("srcLang", context.sourceLanguage())
                    .attribute("trgLang", context.targetLanguage());
            xml.start(1, "file").attribute("id", context.document().id()).attribute("original", context.originalName());
            for (BilingualUnit unit : context.units()) {
                writeUnit(xml, unit);
            }
            xml.end(1).end(0);
        }
    }

    private static void writeUnit(XmlOutput xml, BilingualUnit unit) throws XMLStreamException {
        xml.start(2, "unit").attribute("id", unit.id())
                .attribute("tandem", TANDEM_NAMESPACE, "segments", String.join(" ", unit.segmentIds()))
                .attribute("tandem", TANDEM_NAMESPACE, "rev", Long.toString(unit.rev()))
                .attribute("tandem", TANDEM_NAMESPACE, "by", blankToNull(unit.by()))
                .attribute("tandem", TANDEM_NAMESPACE, "updated", unit.updated() == null ? null : unit.updated().toString());
        if (unit.hasNote() || !unit.comments().isEmpty()) {
            xml.start(3, "notes");
            if (unit.hasNote()) {
                xml.element(4, "note", unit.note());
            }
            for (Comment comment : unit.comments()) {
                xml.start(4, "note").attribute("id", comment.id()).attribute("category", "comment")
                        .text(BilingualUnit.noteText(comment)).endInline();
            }
            xml.end(3);
        }
        Xliff2Codes codes = new Xliff2Codes(unit.codedSource(), unit.codedTarget());
        codes.writeOriginalData(xml, 3);
        xml.start(3, "segment").attribute("state", unit.status().name().toLowerCase(Locale.ROOT));
        if (unit.sourceChanged()) {
            xml.attribute("subState", "tandem:source-changed");
        } else if (unit.aligned()) {
            xml.attribute("subState", Unit.ALIGNED);
        }
        preservedText(xml, "source", unit.codedSource(), codes);
        if (unit.hasTarget()) {
            preservedText(xml, "target", unit.codedTarget(), codes);
        }
        xml.end(3).end(2);
    }

    private static void preservedText(XmlOutput xml, String name, CodedText text, Xliff2Codes codes) throws XMLStreamException {
        xml.start(4, name);
        xml.xmlAttribute("space", "preserve");
        codes.writeContent(xml, text);
        xml.endInline();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
