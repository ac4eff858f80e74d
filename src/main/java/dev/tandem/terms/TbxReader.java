package dev.tandem.terms;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads TBX: TBX-Basic / TBX 2 ({@code <martif>}, {@code termEntry/langSet/tig|ntig}) as memoQ,
 * Trados MultiTerm and Weblate (Translate Toolkit) write it, and TBX v3 ({@code <tbx>},
 * {@code conceptEntry/langSec/termSec}). Every source term of a concept is paired with every
 * target term of it, each carrying the target term's part of speech, status and note.
 */
public final class TbxReader {

    /**
     * The terms of {@code content} from {@code from} into {@code to}; a null {@code from} is the
     * file's own {@code xml:lang}, a null {@code to} means every other language of the file.
     *
     * @throws TandemException when the file is not TBX, is malformed, or declares entities
     */
    public List<Term> read(byte[] content, String fileName, String from, String to) {
        Element root = parse(content, fileName).getDocumentElement();
        if (!root.getLocalName().equals("martif") && !root.getLocalName().equals("tbx")) {
            throw TandemException.badInput(fileName + ": not a TBX file (the root element is <" + root.getLocalName() + ">)");
        }
        String sourceLanguage = from != null ? from : canonical(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        List<Element> entries = new ArrayList<>(descendants(root, "termEntry"));
        entries.addAll(descendants(root, "conceptEntry"));
        if (sourceLanguage == null && !entries.isEmpty()) {
            sourceLanguage = entries.get(0) == null ? null : firstLanguage(entries.get(0));
        }
        if (sourceLanguage == null) {
            throw TandemException.badInput(fileName + ": the TBX file names no source language; choose it (--from xx)");
        }
        List<Term> terms = new ArrayList<>();
        int number = 0;
        for (Element entry : entries) {
            number++;
            String concept = entry.getAttribute("id").isBlank() ? "c" + number : entry.getAttribute("id");
            String entryNote = note(entry);
            List<TbxTerm> sources = new ArrayList<>();
            List<TbxTerm> targets = new ArrayList<>();
            for (Element langSet : languageSections(entry)) {
                String language = canonical(langSet.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
                if (language == null) {
                    continue;
                }
                String langNote = note(langSet);
                for (Element termGroup : termGroups(langSet)) {
                    TbxTerm term = tbxTerm(language, termGroup, langNote != null ? langNote : entryNote);
                    if (term == null) {
                        continue;
                    }
                    if (Term.sameLanguage(language, sourceLanguage)) {
                        sources.add(term);
                    } else if (to == null || Term.sameLanguage(language, to)) {
                        targets.add(term);
                    }
                }
            }
            for (TbxTerm source : sources) {
                for (TbxTerm target : targets) {
                    terms.add(new Term("tbx" + terms.size(), concept, sourceLanguage, target.language(), source.text(),
                            target.text(), target.partOfSpeech() != null ? target.partOfSpeech() : source.partOfSpeech(),
                            target.note() != null ? target.note() : source.note(), target.status(), null));
                }
            }
        }
        return List.copyOf(terms);
    }

    private record TbxTerm(String language, String text, String partOfSpeech, String note, TermStatus status) {
    }

    private static TbxTerm tbxTerm(String language, Element group, String inheritedNote) {
        List<Element> termElements = descendants(group, "term");
        if (termElements.isEmpty() || termElements.get(0).getTextContent().isBlank()) {
            return null;
        }
        String text = termElements.get(0).getTextContent().strip().replaceAll("\\s+", " ");
        String partOfSpeech = null;
        String status = null;
        for (Element termNote : descendants(group, "termNote")) {
            String type = termNote.getAttribute("type");
            if (type.equals("partOfSpeech")) {
                partOfSpeech = termNote.getTextContent().strip();
            } else if (type.equals("administrativeStatus") || type.equals("normativeAuthorization")) {
                status = termNote.getTextContent();
            }
        }
        String note = note(group);
        return new TbxTerm(language, text, partOfSpeech, note != null ? note : inheritedNote, TermStatus.ofTbx(status));
    }

    /** A note, definition or usage note placed directly on this element (not on its children). */
    private static String note(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element note) {
                String name = note.getLocalName();
                if (name.equals("note") || name.equals("descrip") && note.getAttribute("type").matches("(?i)definition|usage note|context")) {
                    String text = note.getTextContent().strip();
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
                if (name.equals("descripGrp")) {
                    String inner = note(note);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
        }
        return null;
    }

    private static List<Element> languageSections(Element entry) {
        List<Element> sections = new ArrayList<>(children(entry, "langSet"));
        sections.addAll(children(entry, "langSec"));
        return sections;
    }

    private static List<Element> termGroups(Element langSet) {
        List<Element> groups = new ArrayList<>(children(langSet, "tig"));
        groups.addAll(children(langSet, "ntig"));
        groups.addAll(children(langSet, "termSec"));
        return groups;
    }

    private static String firstLanguage(Element entry) {
        return languageSections(entry).stream()
                .map(section -> canonical(section.getAttributeNS(XMLConstants.XML_NS_URI, "lang")))
                .filter(language -> language != null).findFirst().orElse(null);
    }

    private static String canonical(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LanguageTag.of(raw).tag();
        } catch (TandemException e) {
            return null;
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /**
     * The JDK's DOM parser with secure processing on: no external DTD is fetched (memoQ and
     * Translate Toolkit name {@code TBXcdv04.dtd}, which must not be loaded), no external entities,
     * and a document that declares entities of its own is refused before any is expanded.
     */
    private static Document parse(byte[] content, String fileName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            Document document = builder.parse(new ByteArrayInputStream(content));
            if (document.getDoctype() != null && document.getDoctype().getEntities().getLength() > 0) {
                throw TandemException.badInput(fileName + ": the DOCTYPE declares entities, which Tandem does not accept");
            }
            return document;
        } catch (SAXException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ");
            throw TandemException.badInput(fileName + ": not well-formed XML (" + message + ")");
        } catch (IOException | ParserConfigurationException e) {
            throw TandemException.badInput(fileName + ": cannot read the file (" + e.getMessage() + ")");
        }
    }
}
