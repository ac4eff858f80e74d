package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.Translation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Our XML files against the official schemas (see src/test/resources/schemas/ORIGIN.md), and read by
 * independent readers (Okapi), which must see the same source/target pairs we wrote.
 */
class InteroperabilityTest {

    @TempDir
    Path data;

    private Document document;
    private Translation translation;

    @BeforeEach
    void translateTheTrickyDocument() {
        Workbench workbench = ExchangeFixture.workbench(data.resolve("store"));
        document = TrickyText.importInto(workbench, data);
        TrickyText.translate(workbench, ExchangeFixture.FRENCH);
        // a merged unit and an untranslated one are part of every file checked here
        translation = TrickyText.withFirstTwoMerged(workbench.translations().translation("tricky", ExchangeFixture.FRENCH), "Deux en une & <fin>.");
    }

    private byte[] export(ExchangeFormat format) {
        // Comments, one resolved, travel as notes: every file checked here carries them.
        String first = translation.units().get(0).id();
        Map<String, List<Comment>> comments = Map.of(first, List.of(
                new Comment("c1", first, "Ça & <ça> ? « oui »", "Ana", ExchangeFixture.NOW, false, null, null),
                new Comment("c2", first, "Done.", null, ExchangeFixture.NOW, true, "Ben", ExchangeFixture.NOW)));
        return new BilingualExporter("test").export(document, translation, comments, format, ExportOptions.defaults(), ExchangeFixture.NOW)
                .content();
    }

    /** The pairs we wrote, with the leading/trailing spaces a tool may trim removed, for comparison. */
    private Map<String, String> expectedPairs(boolean onlyTranslated) {
        Map<String, String> pairs = new LinkedHashMap<>();
        translation.units().stream().filter(unit -> !onlyTranslated || unit.hasTarget())
                .forEach(unit -> pairs.put(document.sourceText(unit), unit.target()));
        return pairs;
    }

    @Test
    void tmxValidatesAgainstTheTmx14Dtd() throws Exception {
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
        builder.parse(new ByteArrayInputStream(export(ExchangeFormat.TMX)));
        assertEquals(List.of(), errors);
    }

    @Test
    void xliff12ValidatesAgainstTheStrictSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            // the schema imports xml.xsd from w3.org; tests never go online
            assertEquals(XMLConstants.XML_NS_URI, namespace);
            return localInput(schema("xml.xsd"), systemId);
        });
        Validator validator = factory.newSchema(schema("xliff-core-1.2-strict.xsd")).newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(collecting(errors));
        validator.validate(new StreamSource(new ByteArrayInputStream(export(ExchangeFormat.XLIFF12))));
        assertEquals(List.of(), errors);
    }

    @Test
    void xliff2ValidatesAgainstTheCoreSchema() throws Exception {
        URL core = XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        assertNotNull(core, "the XLIFF 2 core schema ships in okapi-lib-xliff2");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(core).newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(collecting(errors));
        validator.validate(new StreamSource(new ByteArrayInputStream(export(ExchangeFormat.XLIFF))));
        assertEquals(List.of(), errors);
    }

    @Test
    void okapiXliff2LibrarySeesTheSamePairs() {
        Map<String, String> seen = new LinkedHashMap<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(export(ExchangeFormat.XLIFF)));
            while (reader.hasNext()) {
                net.sf.okapi.lib.xliff2.reader.Event event = reader.next();
                if (event.isUnit()) {
                    StringBuilder source = new StringBuilder();
                    StringBuilder target = new StringBuilder();
                    for (Segment segment : event.getUnit().getSegments()) {
                        source.append(segment.getSource().getPlainText());
                        target.append(segment.hasTarget() ? segment.getTarget().getPlainText() : "");
                    }
                    seen.put(source.toString(), target.toString());
                }
            }
        }
        assertEquals(expectedPairs(false), seen);
    }

    @Test
    void okapiTmxFilterSeesTheSamePairs() {
        Map<String, String> seen = readWithOkapi(new TmxFilter(), export(ExchangeFormat.TMX));
        assertEquals(trimmed(expectedPairs(true)), trimmed(seen));
    }

    @Test
    void okapiXliffFilterSeesTheSamePairs() {
        Map<String, String> seen = readWithOkapi(new XLIFFFilter(), export(ExchangeFormat.XLIFF12));
        assertEquals(expectedPairs(false), seen);
    }

    private static Map<String, String> readWithOkapi(net.sf.okapi.common.filters.IFilter filter, byte[] content) {
        Map<String, String> seen = new LinkedHashMap<>();
        LocaleId english = LocaleId.fromString("en");
        LocaleId french = LocaleId.fromString("fr");
        try (filter; RawDocument raw = new RawDocument(new String(content, StandardCharsets.UTF_8), english, french)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    String target = unit.getTarget(french) == null ? "" : unit.getTarget(french).getUnSegmentedContentCopy().getText();
                    seen.put(unit.getSource().getUnSegmentedContentCopy().getText(), target);
                }
            }
        }
        return seen;
    }

    /**
     * TMX has no xml:space="preserve" on seg and Okapi's TMX filter trims there (TMX 1.4b leaves white
     * space handling to the tool), so the TMX comparison ignores spaces at the ends.
     */
    private static Map<String, String> trimmed(Map<String, String> pairs) {
        Map<String, String> trimmed = new LinkedHashMap<>();
        pairs.forEach((source, target) -> trimmed.put(source.strip(), target.strip()));
        return trimmed;
    }

    private static URL schema(String name) {
        URL url = InteroperabilityTest.class.getResource("/schemas/" + name);
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
