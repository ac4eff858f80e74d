package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.CodedText;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.InlineCode;
import dev.tandem.model.InlineCode.Kind;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article with a link and emphasis goes out as XLIFF 2, is translated with its tags moved, and comes back. */
class InlineCodesExchangeTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    @TempDir
    Path data;

    private Workbench workbench;
    private Segment sentence;
    private Unit unit;

    @BeforeEach
    void importAnArticleWithALink() throws IOException {
        Path page = data.resolve("garden.html");
        Files.writeString(page, "<html lang=\"en\"><head><title>Garden news</title></head><body><article><h1>Garden news</h1>"
                + "<p>Read the <a href=\"https://example.org/plan\">planting plan</a> before <b>Saturday</b>, when the community"
                + " garden opens its gates to everyone from the neighbourhood.</p></article></body></html>", StandardCharsets.UTF_8);
        workbench = ExchangeFixture.workbench(data.resolve("store"));
        Document document = workbench.documents().importFile(page, LanguageTag.of("en"), "garden");
        sentence = document.segments().stream().filter(s -> s.text().startsWith("Read")).findFirst().orElseThrow();
        workbench.translations().addLanguage("garden", FRENCH);
        unit = workbench.translations().translation("garden", FRENCH).unit(sentence.id()).orElseThrow();
    }

    /** "Lisez le [plan de plantation] avant [samedi], …" with the codes of the source. */
    private List<InlineCode> frenchCodes(String target) {
        List<InlineCode> source = sentence.codes();
        return List.of(source.get(0).at(target.indexOf("plan")), source.get(1).at(target.indexOf(" avant")),
                source.get(2).at(target.indexOf("samedi")), source.get(3).at(target.indexOf(", quand")));
    }

    private static final String FRENCH_TARGET = "Lisez le plan de plantation avant samedi, quand le jardin ouvre ses portes à tout le quartier.";

    private byte[] xliff2() {
        return workbench.exchange().export("garden", FRENCH, ExchangeFormat.XLIFF, ExportOptions.defaults()).content();
    }

    @Test
    void aSavedTargetKeepsItsCodesWhereTheTranslatorPutThem() {
        workbench.translations().save("garden", FRENCH, new UnitEdit(unit.id(), unit.rev(), FRENCH_TARGET, Status.TRANSLATED, "Ana", null,
                frenchCodes(FRENCH_TARGET)));

        Unit saved = Workbench.open(data.resolve("store")).translations().translation("garden", FRENCH).unit(unit.id()).orElseThrow();
        assertEquals("plan de plantation", FRENCH_TARGET.substring(saved.codes().get(0).at(), saved.codes().get(1).at()));
    }

    @Test
    void confirmingATargetWithALinkOpenedAndNeverClosedIsRefused() {
        List<InlineCode> unclosed = List.of(sentence.codes().get(0).at(9));
        TandemException refused = assertThrows(TandemException.class, () -> workbench.translations().save("garden", FRENCH,
                new UnitEdit(unit.id(), unit.rev(), FRENCH_TARGET, Status.TRANSLATED, "Ana", null, unclosed)));
        assertTrue(refused.getMessage().contains("code 1 is opened and not closed"), refused.getMessage());
    }

    @Test
    void xliff2WithCodesValidatesAndOkapiReadsTheSameTagsInSourceAndTarget() throws Exception {
        workbench.translations().save("garden", FRENCH, new UnitEdit(unit.id(), unit.rev(), FRENCH_TARGET, Status.TRANSLATED, "Ana", null,
                frenchCodes(FRENCH_TARGET)));
        byte[] file = xliff2();
        String xml = new String(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<pc id=\"1\""), xml);
        assertTrue(xml.contains("&lt;a href=\"https://example.org/plan\"&gt;"), xml);

        URL core = XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(core).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(file)));

        List<String> targets = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(file));
            while (reader.hasNext()) {
                net.sf.okapi.lib.xliff2.reader.Event event = reader.next();
                if (event.isUnit() && event.getUnit().getId().equals(unit.id())) {
                    Fragment target = event.getUnit().getPart(0).getTarget();
                    assertNotNull(target);
                    assertEquals(4, target.getOwnTags().size());
                    assertEquals("<a href=\"https://example.org/plan\">", ((net.sf.okapi.lib.xliff2.core.CTag) target.getOwnTags().get(0)).getData());
                    targets.add(target.getPlainText());
                }
            }
        }
        assertEquals(List.of(FRENCH_TARGET), targets);
    }

    @Test
    void aTranslatorMovingTheTagsInTheFileMovesThemInTandem() {
        byte[] exported = xliff2();
        String xml = new String(exported, StandardCharsets.UTF_8);
        String source = xml.substring(xml.indexOf("<source", xml.indexOf("id=\"" + unit.id() + "\"")));
        source = source.substring(source.indexOf('>') + 1, source.indexOf("</source>"));
        // The translator's tool writes the target with the same pc/ph elements, the link now around "le plan".
        String target = "Lisez <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\" type=\"link\">le plan</pc> avant"
                + " <pc id=\"2\" dataRefStart=\"d3\" dataRefEnd=\"d4\" type=\"fmt\" subType=\"xlf:b\">samedi</pc>.";
        String translated = xml.replace("<source xml:space=\"preserve\">" + source + "</source>",
                "<source xml:space=\"preserve\">" + source + "</source>\n        <target xml:space=\"preserve\">" + target + "</target>");
        workbench.exchange().importBilingual("garden", FRENCH, translated.getBytes(StandardCharsets.UTF_8), "garden.fr.xlf",
                ImportOptions.defaults());

        Unit imported = workbench.translations().translation("garden", FRENCH).unit(unit.id()).orElseThrow();
        assertEquals("Lisez le plan avant samedi.", imported.target());
        CodedText coded = imported.codedTarget();
        assertEquals(List.of(6, 13, 20, 26), coded.codes().stream().map(InlineCode::at).toList());
        assertEquals(sentence.codes().get(0).data(), coded.codes().get(0).data());
        assertEquals(List.of(Kind.OPEN, Kind.CLOSE, Kind.OPEN, Kind.CLOSE), coded.codes().stream().map(InlineCode::kind).toList());
    }

    @Test
    void xliff12AndTmxCarryTheCodesWithTheirNativeMarkupValidateAndComeBackIntoAFreshStore() throws Exception {
        workbench.translations().save("garden", FRENCH, new UnitEdit(unit.id(), unit.rev(), FRENCH_TARGET, Status.TRANSLATED, "Ana", null,
                frenchCodes(FRENCH_TARGET)));
        byte[] xliff12 = workbench.exchange().export("garden", FRENCH, ExchangeFormat.XLIFF12, ExportOptions.defaults()).content();
        byte[] tmx = workbench.exchange().export("garden", FRENCH, ExchangeFormat.TMX, ExportOptions.defaults()).content();
        assertTrue(new String(xliff12, StandardCharsets.UTF_8).contains(
                "<bpt id=\"1\" ctype=\"link\">&lt;a href=\"https://example.org/plan\"&gt;</bpt>"));
        assertTrue(new String(tmx, StandardCharsets.UTF_8).contains("<ept i=\"2\">&lt;/b&gt;</ept>"));
        assertEquals(List.of(), OfficialSchemas.xliff12Errors(xliff12));
        assertEquals(List.of(), OfficialSchemas.tmxErrors(tmx));

        for (byte[] file : List.of(xliff12, tmx)) {
            Path fresh = data.resolve("fresh-" + file.length);
            Workbench other = ExchangeFixture.workbench(fresh);
            other.documents().importFile(data.resolve("garden.html"), LanguageTag.of("en"), "garden");
            other.exchange().importBilingual("garden", FRENCH, file, file == tmx ? "garden.tmx" : "garden.xlf", ImportOptions.defaults());
            Unit back = other.translations().translation("garden", FRENCH).unit(unit.id()).orElseThrow();
            assertEquals(FRENCH_TARGET, back.target());
            assertEquals(frenchCodes(FRENCH_TARGET), back.codes());
        }
    }

    @Test
    void okapisTmxAndXliffFiltersReadTheSameFourTagsWithTheirNativeMarkupInSourceAndTarget() {
        workbench.translations().save("garden", FRENCH, new UnitEdit(unit.id(), unit.rev(), FRENCH_TARGET, Status.TRANSLATED, "Ana", null,
                frenchCodes(FRENCH_TARGET)));
        List<String> expected = List.of("OPENING <a href=\"https://example.org/plan\">", "CLOSING </a>", "OPENING <b>", "CLOSING </b>");
        for (ExchangeFormat format : List.of(ExchangeFormat.TMX, ExchangeFormat.XLIFF12)) {
            byte[] file = workbench.exchange().export("garden", FRENCH, format, ExportOptions.defaults()).content();
            net.sf.okapi.common.filters.IFilter filter = format == ExchangeFormat.TMX
                    ? new net.sf.okapi.filters.tmx.TmxFilter() : new net.sf.okapi.filters.xliff.XLIFFFilter();
            net.sf.okapi.common.LocaleId en = net.sf.okapi.common.LocaleId.fromString("en");
            net.sf.okapi.common.LocaleId fr = net.sf.okapi.common.LocaleId.fromString("fr");
            List<List<String>> seen = new ArrayList<>();
            try (filter; net.sf.okapi.common.resource.RawDocument raw =
                    new net.sf.okapi.common.resource.RawDocument(new String(file, StandardCharsets.UTF_8), en, fr)) {
                filter.open(raw);
                while (filter.hasNext()) {
                    net.sf.okapi.common.Event event = filter.next();
                    if (event.isTextUnit() && event.getTextUnit().getSource().toString().startsWith("Read")) {
                        net.sf.okapi.common.resource.ITextUnit read = event.getTextUnit();
                        for (net.sf.okapi.common.resource.TextFragment side : List.of(read.getSource().getUnSegmentedContentCopy(),
                                read.getTarget(fr).getUnSegmentedContentCopy())) {
                            seen.add(side.getCodes().stream().map(code -> code.getTagType() + " " + code.getData()).toList());
                        }
                        assertEquals(FRENCH_TARGET, read.getTarget(fr).getUnSegmentedContentCopy().getText().strip(), format.label());
                    }
                }
            }
            assertEquals(List.of(expected, expected), seen, format.label());
        }
    }

    @Test
    void aMemoqStyleXliffWithItsOwnTagIdsImportsWithTheTagsOnOurCodes() {
        // memoQ numbers bpt/ept by its own scheme and writes the native markup it extracted.
        String memoq = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"garden.html\" source-language=\"en\" target-language=\"fr\" datatype=\"html\"><body>"
                + "<trans-unit id=\"7\"><source>Read the <bpt id=\"11\">&lt;a href=\"https://example.org/plan\"&gt;</bpt>planting plan"
                + "<ept id=\"11\">&lt;/a&gt;</ept> before <bpt id=\"12\">&lt;b&gt;</bpt>Saturday<ept id=\"12\">&lt;/b&gt;</ept>, when the"
                + " community garden opens its gates to everyone from the neighbourhood.</source>"
                + "<target state=\"translated\">Lisez le <bpt id=\"11\">&lt;a href=\"https://example.org/plan\"&gt;</bpt>plan de plantation"
                + "<ept id=\"11\">&lt;/a&gt;</ept> avant <bpt id=\"12\">&lt;b&gt;</bpt>samedi<ept id=\"12\">&lt;/b&gt;</ept>, quand le"
                + " jardin ouvre ses portes à tout le quartier.</target></trans-unit></body></file></xliff>";
        workbench.exchange().importBilingual("garden", FRENCH, memoq.getBytes(StandardCharsets.UTF_8), "garden.mqxliff", ImportOptions.defaults());

        Unit imported = workbench.translations().translation("garden", FRENCH).unit(unit.id()).orElseThrow();
        assertEquals(FRENCH_TARGET, imported.target());
        assertEquals(frenchCodes(FRENCH_TARGET), imported.codes());
    }

    @Test
    void anOmegatLevelTwoTmxImportsWithItsTags() {
        // OmegaT writes level-2 TMX with bpt/ept paired by i and the tags' original text as content.
        String omegat = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"OmegaT\""
                + " o-tmf=\"OmegaT TMX\" adminlang=\"EN-US\" datatype=\"plaintext\" segtype=\"sentence\" srclang=\"en\"/><body>"
                + "<tu><tuv xml:lang=\"en\"><seg>Read the <bpt i=\"1\" x=\"0\">&lt;a0&gt;</bpt>planting plan<ept i=\"1\">&lt;/a0&gt;</ept>"
                + " before <bpt i=\"2\" x=\"1\">&lt;b1&gt;</bpt>Saturday<ept i=\"2\">&lt;/b1&gt;</ept>, when the community garden"
                + " opens its gates to everyone from the neighbourhood.</seg></tuv>"
                + "<tuv xml:lang=\"fr\" changeid=\"marie\" changedate=\"20261130T101500Z\"><seg>Lisez le <bpt i=\"1\" x=\"0\">&lt;a0&gt;</bpt>"
                + "plan de plantation<ept i=\"1\">&lt;/a0&gt;</ept> avant <bpt i=\"2\" x=\"1\">&lt;b1&gt;</bpt>samedi<ept i=\"2\">"
                + "&lt;/b1&gt;</ept>, quand le jardin ouvre ses portes à tout le quartier.</seg></tuv></tu></body></tmx>";
        workbench.exchange().importBilingual("garden", FRENCH, omegat.getBytes(StandardCharsets.UTF_8), "project_save.tmx", ImportOptions.defaults());

        Unit imported = workbench.translations().translation("garden", FRENCH).unit(unit.id()).orElseThrow();
        assertEquals(FRENCH_TARGET, imported.target());
        assertEquals(frenchCodes(FRENCH_TARGET), imported.codes(), "our codes, with our markup, where OmegaT put its tags");
    }

    @Test
    void aTargetWhoseTagsTheSourceDoesNotHaveIsRefusedWithTheUnitNamedAndNothingImported() {
        String xml = new String(xliff2(), StandardCharsets.UTF_8);
        String unitStart = "id=\"" + unit.id() + "\"";
        int at = xml.indexOf("</source>", xml.indexOf(unitStart)) + "</source>".length();
        String foreign = xml.substring(0, at) + "<target>Lisez <ph id=\"9\"/>le plan.</target>" + xml.substring(at);

        TandemException refused = assertThrows(TandemException.class, () -> workbench.exchange().importBilingual("garden", FRENCH,
                foreign.getBytes(StandardCharsets.UTF_8), "garden.fr.xlf", ImportOptions.defaults()));
        assertTrue(refused.getMessage().contains(unit.id()), refused.getMessage());
        assertEquals("", workbench.translations().translation("garden", FRENCH).unit(unit.id()).orElseThrow().target());

        workbench.exchange().importBilingual("garden", FRENCH, foreign.getBytes(StandardCharsets.UTF_8), "garden.fr.xlf",
                new ImportOptions(false, null, true));
        assertEquals("Lisez le plan.", workbench.translations().translation("garden", FRENCH).unit(unit.id()).orElseThrow().target());
    }
}
