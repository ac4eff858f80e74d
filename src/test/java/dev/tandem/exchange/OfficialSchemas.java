package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Validation of what we write against the official schemas (kept in test resources; tests never go online). */
final class OfficialSchemas {

    private OfficialSchemas() {
    }

    /** Errors of an XLIFF 1.2 file against the strict schema. */
    static List<String> xliff12Errors(byte[] file) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            // the schema imports xml.xsd from w3.org
            assertEquals(XMLConstants.XML_NS_URI, namespace);
            return localInput(schema("xml.xsd"), systemId);
        });
        Validator validator = factory.newSchema(schema("xliff-core-1.2-strict.xsd")).newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(collecting(errors));
        validator.validate(new StreamSource(new ByteArrayInputStream(file)));
        return errors;
    }

    /** Errors of an XLIFF 2 file against the core schema that ships with Okapi's XLIFF 2 library. */
    static List<String> xliff2Errors(byte[] file) throws Exception {
        URL core = XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        assertNotNull(core, "the XLIFF 2 core schema ships in okapi-lib-xliff2");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(core).newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(collecting(errors));
        validator.validate(new StreamSource(new ByteArrayInputStream(file)));
        return errors;
    }

    /** Errors of a TMX file against the TMX 1.4b DTD. */
    static List<String> tmxErrors(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            assertTrue(systemId.endsWith("tmx14.dtd"), systemId);
            return new InputSource(schema("tmx14.dtd").openStream());
        });
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(collecting(errors));
        builder.parse(new ByteArrayInputStream(file));
        return errors;
    }

    private static URL schema(String name) {
        URL url = OfficialSchemas.class.getResource("/schemas/" + name);
        assertNotNull(url, name);
        return url;
    }

    private static LSInput localInput(URL url, String systemId) {
        try {
            InputStream stream = url.openStream();
            org.w3c.dom.ls.DOMImplementationLS ls = (org.w3c.dom.ls.DOMImplementationLS) DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder().getDOMImplementation().getFeature("LS", "3.0");
            LSInput input = ls.createLSInput();
            input.setByteStream(stream);
            input.setSystemId(url.toString());
            return input;
        } catch (IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("cannot open " + systemId, e);
        }
    }

    private static ErrorHandler collecting(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a file invalid
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
    }
}
