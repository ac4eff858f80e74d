package dev.tandem.exchange;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over {@link XMLStreamWriter}: every user string is escaped by the writer, characters
 * XML 1.0 cannot carry are replaced, and a carriage return is written as {@code &#13;} because a
 * parser would otherwise normalise it away (XML 1.0 §2.11) and the text would not come back as it was.
 */
final class XmlOutput implements AutoCloseable {

    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final XMLStreamWriter xml;

    XmlOutput(OutputStream out) {
        try {
            this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer is unavailable", e);
        }
    }

    XMLStreamWriter raw() {
        return xml;
    }

    XmlOutput declaration() throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.writeCharacters("\n");
        return this;
    }

    /** The XML declaration and the opening tag of the root element {@code name}, whose default namespace is {@code namespace}. */
    XmlOutput document(String name, String namespace) throws XMLStreamException {
        declaration();
        start(-1, name);
        xml.writeDefaultNamespace(namespace);
        return this;
    }

    XmlOutput start(int depth, String name) throws XMLStreamException {
        indent(depth);
        xml.writeStartElement(name);
        return this;
    }

    XmlOutput empty(int depth, String name) throws XMLStreamException {
        indent(depth);
        xml.writeEmptyElement(name);
        return this;
    }

    XmlOutput attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, clean(value).replace("\r", "\n"));
        }
        return this;
    }

    XmlOutput attribute(String prefix, String namespace, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(prefix, namespace, name, clean(value));
        }
        return this;
    }

    /** An attribute of the XML namespace itself, such as {@code xml:lang} or {@code xml:space}. */
    XmlOutput xmlAttribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, name, value);
        return this;
    }

    /** Writes text content; a CR survives as a character reference. */
    XmlOutput text(String text) throws XMLStreamException {
        String cleaned = clean(text == null ? "" : text);
        int from = 0;
        for (int cr = cleaned.indexOf('\r'); cr >= 0; cr = cleaned.indexOf('\r', from)) {
            xml.writeCharacters(cleaned.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(cleaned.substring(from));
        return this;
    }

    /** An element holding only text: {@code <name>text</name>}. */
    XmlOutput element(int depth, String name, String text) throws XMLStreamException {
        start(depth, name);
        text(text);
        xml.writeEndElement();
        return this;
    }

    XmlOutput end(int depth) throws XMLStreamException {
        indent(depth);
        xml.writeEndElement();
        return this;
    }

    XmlOutput endInline() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    void indent(int depth) throws XMLStreamException {
        if (depth >= 0) {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    static String clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c >= 0xFFFE) {
                // rare: only now pay for the full check (surrogate pairs are fine, lone halves are not)
                return NOT_XML.matcher(text).replaceAll("\uFFFD");
            }
        }
        return text;
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
