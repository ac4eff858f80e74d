package dev.tandem.exchange;

import dev.tandem.model.CodedText;
import dev.tandem.model.Comment;
import dev.tandem.model.Unit;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;

/**
 * TMX 1.4b: one {@code tu} per unit, the source and target as {@code tuv}s, status, translator,
 * revision and segment ids as {@code prop}s (TMX 1.4b §3.2.8: tool-specific types start with "x-").
 */
final class TmxWriter {

    static final String PROP_STATUS = "x-status";
    private static final NativeCodeWriter CODES = new NativeCodeWriter(NativeCodeWriter.Dialect.TMX);
    static final String PROP_TRANSLATOR = "x-translator";
    static final String PROP_REVISION = "x-tandem-rev";
    static final String PROP_SEGMENTS = "x-tandem-segments";
    static final String PROP_SUBSTATE = "x-tandem-subState";

    /** TMX 1.4b §3.1 date form: YYYYMMDDThhmmssZ, always UTC. */
    static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    void write(ExportContext context, OutputStream out) throws XMLStreamException {
        try (XmlOutput xml = new XmlOutput(out)) {
            xml.declaration();
            xml.raw().writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
            xml.start(-1, "tmx").attribute("version", "1.4");
            xml.empty(1, "header")
                    .attribute("creationtool", "Tandem")
                    .attribute("creationtoolversion", context.toolVersion())
                    .attribute("datatype", "plaintext")
                    .attribute("segtype", "sentence")
                    .attribute("adminlang", "en")
                    .attribute("srclang", context.sourceLanguage())
                    .attribute("o-tmf", "Tandem")
                    .attribute("creationdate", date(context.exportedAt()));
            xml.start(1, "body");
            for (BilingualUnit unit : context.units()) {
                writeUnit(xml, context, unit);
            }
            xml.end(1).end(0);
        }
    }

    private static void writeUnit(XmlOutput xml, ExportContext context, BilingualUnit unit) throws XMLStreamException {
        xml.start(2, "tu").attribute("tuid", unit.id());
        if (unit.updated() != null) {
            // A unit only records its last change, so that is also the best creation date we have.
            xml.attribute("creationdate", date(unit.updated())).attribute("changedate", date(unit.updated()));
        }
        if (unit.by() != null && !unit.by().isBlank()) {
            xml.attribute("creationid", unit.by()).attribute("changeid", unit.by());
        }
        prop(xml, PROP_STATUS, unit.status().name().toLowerCase(java.util.Locale.ROOT));
        if (unit.by() != null && !unit.by().isBlank()) {
            prop(xml, PROP_TRANSLATOR, unit.by());
        }
        prop(xml, PROP_REVISION, Long.toString(unit.rev()));
        prop(xml, PROP_SEGMENTS, String.join(" ", unit.segmentIds()));
        if (unit.aligned()) {
            prop(xml, PROP_SUBSTATE, Unit.ALIGNED);
        }
        if (unit.hasNote()) {
            xml.element(3, "note", unit.note());
        }
        for (Comment comment : unit.comments()) {
            xml.element(3, "note", BilingualUnit.noteText(comment));
        }
        tuv(xml, context.sourceLanguage(), unit.codedSource());
        if (unit.hasTarget()) {
            tuv(xml, context.targetLanguage(), unit.codedTarget());
        }
        xml.end(2);
    }

    private static void prop(XmlOutput xml, String type, String value) throws XMLStreamException {
        xml.start(3, "prop").attribute("type", type).text(value).endInline();
    }

    private static void tuv(XmlOutput xml, String language, CodedText text) throws XMLStreamException {
        xml.start(3, "tuv");
        xml.xmlAttribute("lang", language);
        xml.start(4, "seg");
        CODES.write(xml, text);
        xml.endInline().end(3);
    }

    static String date(Instant instant) {
        return TMX_DATE.format(instant);
    }
}
