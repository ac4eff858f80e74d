package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The round trip issue 16 names: an article with links and emphasis goes out as XLIFF 2, a translator
 * (here: the test, editing the XML as a CAT tool would write it) translates it with the tags moved to
 * where French needs them, the file comes back, and the translated web page, Markdown and DOCX have
 * the links and the bold where the translator put them.
 */
class TranslatedArticleRoundTripTest {

    private static final String XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2";

    @TempDir
    Path folder;

    private ArticleFixture article;

    @BeforeEach
    void importTheArticle() {
        article = ArticleFixture.imported(folder);
    }

    /** The XLIFF unit (2.x) or trans-unit (1.2) of the sentence starting {@code start}. */
    private Element unitOf(Document xliff, String namespace, String start) {
        String id = article.sentence(start).id();
        NodeList units = xliff.getElementsByTagNameNS(namespace, namespace.equals(XLIFF2) ? "unit" : "trans-unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            if (unit.getAttribute("id").equals(id)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + id);
    }

    /** The inline elements of a source, in order ({@code pc} in XLIFF 2; {@code bpt}/{@code ept} in XLIFF 1.2). */
    private static List<Element> inlineElements(Element source) {
        List<Element> tags = new ArrayList<>();
        for (Node child = source.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                tags.add(element);
            }
        }
        return tags;
    }

    /**
     * Writes the target next to the source: French text with the source's tags (copied, as a CAT tool
     * copies them) in a new order. {@code pieces}: strings are text, integers the index of a source tag
     * to copy; for a {@code pc}, the next string is its content.
     */
    private static void translate(Element source, String targetName, Object... pieces) {
        Element target = source.getOwnerDocument().createElementNS(source.getNamespaceURI(), targetName);
        List<Element> tags = inlineElements(source);
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i] instanceof Integer index) {
                boolean paired = tags.get(index).getLocalName().equals("pc");
                // A pc's content is text, given next; a bpt/ept/ph holds the original markup, copied whole.
                Element tag = (Element) tags.get(index).cloneNode(!paired);
                if (paired) {
                    tag.setTextContent((String) pieces[++i]);
                }
                target.appendChild(tag);
            } else {
                target.appendChild(source.getOwnerDocument().createTextNode((String) pieces[i]));
            }
        }
        source.getParentNode().insertBefore(target, source.getNextSibling());
    }

    private static Element source(Element unit, String namespace) {
        return (Element) unit.getElementsByTagNameNS(namespace, "source").item(0);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] write(Document xml) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(xml), new StreamResult(out));
        return out.toByteArray();
    }

    private ImportReport importBack(byte[] file, String name) {
        return article.workbench.exchange().importBilingual("garden", ArticleFixture.FRENCH, file, name, ImportOptions.defaults());
    }

    private org.jsoup.nodes.Element paragraph(String start) {
        org.jsoup.nodes.Document page = Jsoup.parse(article.exportText(ExchangeFormat.ARTICLE_HTML));
        page.outputSettings().prettyPrint(false);
        return page.select("article > p, article li").stream().filter(p -> p.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starting " + start + " in " + page.body().html()));
    }

    @Test
    void xliff2TranslatedWithTheTagsMovedGivesAPageWithTheLinksWhereTheTranslatorPutThem() throws Exception {
        Document xliff = parse(article.export(ExchangeFormat.XLIFF).content());
        // Source: Read the <pc 1 link>planting plan</pc> before <pc 2 bold>Saturday</pc>, when …
        translate(source(unitOf(xliff, XLIFF2, "Read the planting plan"), XLIFF2), "target",
                "Avant ", 1, "samedi", ", lisez ", 0, "le plan", " de plantation : le jardin ouvre ses portes à tout le quartier.");
        // Source: Bring <pc 1 italic>gloves</pc> and a bottle of water …
        translate(source(unitOf(xliff, XLIFF2, "Bring gloves"), XLIFF2), "target",
                "Apportez des gants et ", 0, "une bouteille d'eau", " pour la longue matinée dans les carrés.");
        ImportReport report = importBack(write(xliff), "garden.fr.xlf");
        assertEquals(2, report.filled(), report.toString());

        org.jsoup.nodes.Element paragraph = paragraph("Avant");
        assertEquals("Avant <strong>samedi</strong>, lisez <a href=\"https://example.org/plan?a=1&amp;b=2\">le plan</a> de plantation :"
                + " le jardin ouvre ses portes à tout le quartier.", paragraph.html());
        assertEquals("Apportez des gants et <em>une bouteille d'eau</em> pour la longue matinée dans les carrés.",
                paragraph("Apportez").html());

        String markdown = article.exportText(ExchangeFormat.MD);
        assertTrue(markdown.contains("Avant **samedi**, lisez [le plan](https://example.org/plan?a=1&b=2) de plantation"), markdown);
    }

    @Test
    void xliff12WithItsNativeCodesTranslatedWithTheTagsMovedGivesTheSamePage() throws Exception {
        Document xliff = parse(article.export(ExchangeFormat.XLIFF12).content());
        // Source: Read the <bpt 1/>planting plan<ept 1/> before <bpt 2/>Saturday<ept 2/>, when …
        Element unit = unitOf(xliff, XLIFF12, "Read the planting plan");
        Element oldTarget = (Element) unit.getElementsByTagNameNS(XLIFF12, "target").item(0);
        if (oldTarget != null) {
            oldTarget.getParentNode().removeChild(oldTarget);
        }
        translate(source(unit, XLIFF12), "target",
                "Avant ", 2, "samedi", 3, ", lisez ", 0, "le plan", 1, " de plantation : le jardin ouvre ses portes à tout le quartier.");
        ImportReport report = importBack(write(xliff), "garden.fr.xliff12.xlf");
        assertEquals(1, report.filled(), report.toString());

        assertEquals("Avant <strong>samedi</strong>, lisez <a href=\"https://example.org/plan?a=1&amp;b=2\">le plan</a> de plantation :"
                + " le jardin ouvre ses portes à tout le quartier.", paragraph("Avant").html());
    }
}
