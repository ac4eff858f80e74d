package dev.tandem.segment;

import dev.tandem.model.SegmentationRules.BreakRule;
import dev.tandem.model.SegmentationRules.LanguageMap;
import dev.tandem.model.SegmentationRules.LanguageRules;
import dev.tandem.model.SegmentationRules;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads SRX 2.0 files as OmegaT and Okapi write them (SRX 1.0's nested {@code <maprule>} reads too):
 * {@code <languagerule>}s of {@code <rule break="yes|no">} with {@code <beforebreak>} and
 * {@code <afterbreak>} patterns, and the {@code <maprules>} that map language patterns to them.
 * Elements are matched by local name, so vendor extensions (Okapi's {@code okpsrx:}) are ignored.
 * DTDs and external entities are refused.
 */
public final class SrxReader {

    public SegmentationRules read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(new InputSource(in), file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw TandemException.notFound("SRX file not found: " + file);
        } catch (IOException e) {
            throw TandemException.badInput("cannot read SRX file " + file + ": " + e.getMessage());
        }
    }

    /** Reads SRX from a string, e.g. an upload. */
    public SegmentationRules parse(String srx) {
        return read(new InputSource(new StringReader(srx)), "SRX");
    }

    private SegmentationRules read(InputSource source, String name) {
        Document document;
        try {
            document = secureBuilder().parse(source);
        } catch (SAXException e) {
            throw TandemException.badInput(name + " is not well-formed SRX: " + e.getMessage());
        } catch (IOException e) {
            throw TandemException.badInput("cannot read " + name + ": " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!"srx".equals(localName(root))) {
            throw TandemException.badInput(name + " is not an SRX file (root element <" + localName(root) + ">)");
        }
        boolean cascade = elements(root, "header").stream()
                .map(header -> header.getAttribute("cascade"))
                .noneMatch(value -> value.equalsIgnoreCase("no"));
        List<LanguageRules> sets = new ArrayList<>();
        for (Element languageRule : elements(root, "languagerule")) {
            String setName = languageRule.getAttribute("languagerulename");
            List<BreakRule> rules = new ArrayList<>();
            for (Element rule : elements(languageRule, "rule")) {
                rules.add(checked(new BreakRule(!"no".equalsIgnoreCase(rule.getAttribute("break")),
                        text(rule, "beforebreak"), text(rule, "afterbreak")), setName, rules.size() + 1));
            }
            sets.add(new LanguageRules(setName, rules));
        }
        List<LanguageMap> maps = new ArrayList<>();
        for (Element map : elements(root, "languagemap")) {
            String pattern = map.getAttribute("languagepattern");
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw TandemException.badInput("SRX language pattern is not a valid regular expression: " + pattern);
            }
            maps.add(new LanguageMap(pattern, map.getAttribute("languagerulename")));
        }
        return new SegmentationRules(cascade, sets, maps);
    }

    private static BreakRule checked(BreakRule rule, String setName, int number) {
        try {
            Pattern.compile(rule.beforeBreak());
            Pattern.compile(rule.afterBreak());
        } catch (PatternSyntaxException e) {
            throw TandemException.badInput("SRX rule " + number + " of \"" + setName
                    + "\" is not a valid regular expression: " + e.getDescription());
        }
        return rule;
    }

    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured securely", e);
        }
    }

    private static List<Element> elements(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList all = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    private static String text(Element rule, String localName) {
        for (Node child = rule.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(localName(element))) {
                return element.getTextContent();
            }
        }
        return "";
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
