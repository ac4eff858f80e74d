package dev.tandem.exchange;

import dev.tandem.model.TandemException;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses untrusted XML into {@link XmlElement}s with the JDK's StAX parser: no DTD processing, no
 * external entities, no access to external DTDs or schemas. A plain {@code <!DOCTYPE tmx SYSTEM
 * "tmx14.dtd">} (as CAT tools write) is ignored; a DOCTYPE that declares entities — the vehicle of
 * XXE and "billion laughs" — is refused outright, before anything is expanded.
 */
final class SecureXml {

    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEPTH = 64;

    private SecureXml() {
    }

    static XMLInputFactory factory() {
        // newDefaultFactory: the JDK's own parser, whatever StAX implementation is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // StAX has no FEATURE_SECURE_PROCESSING switch; the JDK's parser applies its jdk.xml.* limits
        // (entity expansion, element depth, attribute counts) to every XMLInputFactory regardless.
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The root element of a document; any malformation or hostile construct is a one-line {@link TandemException}. */
    static XmlElement parse(byte[] content, String fileName) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> refuseEntityDeclarations(reader.getText(), fileName);
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw TandemException.badInput(fileName
                            + ": the file uses an undeclared entity &" + reader.getLocalName() + "; (not accepted)");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw TandemException.badInput(fileName + ": elements nested deeper than " + MAX_DEPTH + " levels");
                        }
                        XmlElement element = new XmlElement(reader.getLocalName(), reader.getNamespaceURI(), attributes(reader));
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        String text = reader.getText();
                        open.forEach(element -> element.appendText(text));
                        open.peek().appendOwnText(text);
                    }
                    default -> {
                        // comments and processing instructions carry nothing we read
                    }
                }
            }
            if (root == null) {
                throw TandemException.badInput(fileName + ": no XML element found");
            }
            return root;
        } catch (XMLStreamException e) {
            throw TandemException.badInput(fileName + ": not well-formed XML (" + oneLine(e) + ")");
        } finally {
            close(reader);
        }
    }

    private static void refuseEntityDeclarations(String doctype, String fileName) {
        if (doctype != null && ENTITY_DECLARATION.matcher(doctype).find()) {
            throw TandemException.badInput(fileName + ": the DOCTYPE declares entities, which Tandem does not accept"
                    + " (external entities and entity expansion are refused)");
        }
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i);
            if (XMLConstants.XML_NS_URI.equals(reader.getAttributeNamespace(i))) {
                name = "xml:" + name;
            }
            attributes.putIfAbsent(name, reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static String oneLine(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("Message:");
        String detail = at >= 0 ? message.substring(at + "Message:".length()) : message;
        String location = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ": ";
        String cleaned = detail.replaceAll("\\s+", " ").strip();
        return location + (cleaned.length() > 160 ? cleaned.substring(0, 160) + "…" : cleaned);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }
}
