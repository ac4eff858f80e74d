package dev.tandem.terms;

import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes TBX-Basic (TBX 2, {@code <martif type="TBX-Basic">}), the dialect memoQ, Trados MultiTerm,
 * Weblate and OmegaT all read: one {@code termEntry} per concept, one {@code langSet} per language,
 * the translation's part of speech, status and note on its {@code tig}.
 */
public final class TbxWriter {

    public byte[] write(List<Term> terms) {
        Map<String, List<Term>> concepts = new LinkedHashMap<>();
        terms.forEach(term -> concepts.computeIfAbsent(term.concept() + "\u0000" + term.sourceLanguage(),
                key -> new java.util.ArrayList<>()).add(term));
        String sourceLanguage = terms.isEmpty() ? "en" : terms.get(0).sourceLanguage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("martif");
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", sourceLanguage);
            line(xml, 1);
            xml.writeStartElement("martifHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            xml.writeStartElement("p");
            xml.writeCharacters("Tandem glossary");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            line(xml, 1);
            xml.writeStartElement("text");
            line(xml, 2);
            xml.writeStartElement("body");
            for (List<Term> concept : concepts.values()) {
                line(xml, 3);
                writeEntry(xml, concept);
            }
            line(xml, 2);
            xml.writeEndElement();
            line(xml, 1);
            xml.writeEndElement();
            line(xml, 0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TBX", e);
        }
        return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }

    private static void writeEntry(XMLStreamWriter xml, List<Term> concept) throws XMLStreamException {
        Term first = concept.get(0);
        xml.writeStartElement("termEntry");
        xml.writeAttribute("id", first.concept());
        Map<String, Term> sources = new LinkedHashMap<>();
        concept.forEach(term -> sources.putIfAbsent(term.source(), term));
        line(xml, 4);
        xml.writeStartElement("langSet");
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", first.sourceLanguage());
        for (Term source : sources.values()) {
            line(xml, 5);
            writeTig(xml, source.source(), null, null, null);
        }
        line(xml, 4);
        xml.writeEndElement();
        Map<String, List<Term>> byLanguage = new LinkedHashMap<>();
        concept.forEach(term -> byLanguage.computeIfAbsent(term.targetLanguage(), key -> new java.util.ArrayList<>()).add(term));
        for (Map.Entry<String, List<Term>> language : byLanguage.entrySet()) {
            line(xml, 4);
            xml.writeStartElement("langSet");
            xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", language.getKey());
            Map<String, Term> targets = new LinkedHashMap<>();
            language.getValue().forEach(term -> targets.putIfAbsent(term.target(), term));
            for (Term target : targets.values()) {
                line(xml, 5);
                writeTig(xml, target.target(), target.partOfSpeech(), target.status(), target.note());
            }
            line(xml, 4);
            xml.writeEndElement();
        }
        line(xml, 3);
        xml.writeEndElement();
    }

    private static void writeTig(XMLStreamWriter xml, String text, String partOfSpeech, TermStatus status, String note)
            throws XMLStreamException {
        xml.writeStartElement("tig");
        line(xml, 6);
        element(xml, "term", null, text);
        if (partOfSpeech != null) {
            line(xml, 6);
            element(xml, "termNote", "partOfSpeech", partOfSpeech);
        }
        if (status != null) {
            line(xml, 6);
            element(xml, "termNote", "administrativeStatus", status.tbxValue());
        }
        if (note != null) {
            line(xml, 6);
            element(xml, "note", null, note);
        }
        line(xml, 5);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String type, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void line(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
