package dev.tandem.exchange;

import dev.tandem.model.Comment;
import dev.tandem.model.Status;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * XLIFF 1.2 (valid against the strict schema): one {@code file} per document and target language,
 * one {@code trans-unit} per unit with the joined source of a merged unit. The strict schema allows
 * no foreign attributes, so revision and segment ids travel in a {@code context-group}.
 */
final class Xliff12Writer {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
    private static final NativeCodeWriter CODES = new NativeCodeWriter(NativeCodeWriter.Dialect.XLIFF12);
    static final String CONTEXT_REVISION = "x-tandem-rev";
    static final String CONTEXT_SEGMENTS = "x-tandem-segments";
    static final String CONTEXT_TRANSLATOR = "x-tandem-translator";

    void write(ExportContext context, OutputStream out) throws XMLStreamException {
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.document("xliff", NAMESPACE);
            xml.attribute("version", "1.2");
            xml.start(1, "file").attribute("original", context.originalName())
                    .attribute("source-language", context.sourceLanguage())
                    .attribute("target-language", context.targetLanguage())
                    .attribute("datatype", "plaintext")
                    .attribute("date", context.exportedAt().toString())
                    .attribute("tool-id", "tandem");
            xml.start(2, "header");
            xml.empty(3, "tool").attribute("tool-id", "tandem").attribute("tool-name", "Tandem")
                    .attribute("tool-version", context.toolVersion());
            xml.end(2);
            xml.start(2, "body");
            for (BilingualUnit unit : context.units()) {
                writeUnit(xml, unit);
            }
            xml.end(2).end(1).end(0);
        }
    }

    private static void writeUnit(XmlOutput xml, BilingualUnit unit) throws XMLStreamException {
        xml.start(3, "trans-unit").attribute("id", unit.id());
        xml.xmlAttribute("space", "preserve");
        // translate-toolkit counts every target without approved="yes" as fuzzy; OmegaT and Okapi
        // accept it on any finished target, and our reader takes the state attribute first.
        if (unit.hasTarget() && unit.status().atLeast(Status.TRANSLATED) && !unit.sourceChanged() && !unit.aligned()) {
            xml.attribute("approved", "yes");
        }
        xml.start(4, "source");
        CODES.write(xml, unit.codedSource());
        xml.endInline();
        if (unit.hasTarget()) {
            xml.start(4, "target").attribute("state", Xliff12Status.stateOf(unit))
                    .attribute("state-qualifier", unit.aligned() && !unit.sourceChanged() ? Xliff12Status.ALIGNED : null);
            CODES.write(xml, unit.codedTarget());
            xml.endInline();
        }
        // No name: context-group names must be unique per file (XLIFF 1.2 schema, U_context-group_name).
        xml.start(4, "context-group").attribute("purpose", "information");
        context(xml, CONTEXT_REVISION, Long.toString(unit.rev()));
        context(xml, CONTEXT_SEGMENTS, String.join(" ", unit.segmentIds()));
        if (unit.by() != null && !unit.by().isBlank()) {
            context(xml, CONTEXT_TRANSLATOR, unit.by());
        }
        xml.end(4);
        if (unit.hasNote()) {
            xml.element(4, "note", unit.note());
        }
        for (Comment comment : unit.comments()) {
            xml.start(4, "note").attribute("from", comment.by()).text(BilingualUnit.noteText(comment)).endInline();
        }
        xml.end(3);
    }

    private static void context(XmlOutput xml, String type, String value) throws XMLStreamException {
        xml.start(5, "context").attribute("context-type", type).text(value).endInline();
    }
}
