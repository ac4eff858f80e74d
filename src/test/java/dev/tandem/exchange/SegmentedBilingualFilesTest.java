package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.InlineCode;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.Unit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bilingual files that another tool cut into sentences — Trados' SDLXLIFF and memoQ's XLIFF 1.2 with
 * {@code seg-source}/{@code mrk mtype="seg"}, Okapi's XLIFF 2 units of several segments — fill our
 * sentences one by one, each with its tags and status (fixtures in {@code fixtures/segmented/}).
 */
class SegmentedBilingualFilesTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");
    private static final String READ = "Lisez le plan de plantation avant samedi.";
    private static final String OPENS = "Le jardin ouvre à neuf heures pour tout le quartier.";
    private static final String GLOVES = "Apportez des gants.";
    private static final String WATER = "Apportez de l'eau.";
    private static final String CALL = "Appelez-nous à midi s'il pleut.";

    @TempDir
    Path data;

    private Workbench workbench;
    /** Our sentences by their first word: Read, The, Bring (gloves), Bring2 (water), Call. */
    private final Map<String, Segment> sentences = new LinkedHashMap<>();

    @BeforeEach
    void importTheGardenArticle() {
        workbench = gardenIn(data.resolve("store"));
        Document document = workbench.documents().document("garden");
        for (Segment segment : document.segments()) {
            String first = segment.text().split(" ")[0];
            sentences.put(sentences.containsKey(first) ? first + "2" : first, segment);
        }
    }

    private Workbench gardenIn(Path store) {
        Path page = data.resolve("garden.html");
        try {
            Files.write(page, fixture("garden.html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Workbench opened = ExchangeFixture.workbench(store);
        opened.documents().importFile(page, LanguageTag.of("en"), "garden");
        opened.translations().addLanguage("garden", FRENCH);
        return opened;
    }

    private static byte[] fixture(String name) {
        try (InputStream input = SegmentedBilingualFilesTest.class.getResourceAsStream("/fixtures/segmented/" + name)) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Unit unit(Workbench in, String sentence) {
        return in.translations().translation("garden", FRENCH).unit(sentences.get(sentence).id()).orElseThrow();
    }

    /** Our source sentence's codes, placed in the target at the given offsets (in the source's order). */
    private List<InlineCode> ours(String sentence, int... offsets) {
        List<InlineCode> source = sentences.get(sentence).codes();
        assertEquals(source.size(), offsets.length, "codes of " + sentence);
        List<InlineCode> placed = new ArrayList<>();
        for (int k = 0; k < offsets.length; k++) {
            placed.add(source.get(k).at(offsets[k]));
        }
        return placed;
    }

    private ImportReport importFile(Workbench into, byte[] file, String name) {
        return into.exchange().importBilingual("garden", FRENCH, file, name, ImportOptions.defaults());
    }

    private void assertFilled(Workbench in, String sentence, String target, Status status, List<InlineCode> codes) {
        Unit unit = unit(in, sentence);
        assertEquals(target, unit.target(), sentence);
        assertEquals(status, unit.status(), sentence);
        assertEquals(codes, unit.codes(), sentence + ": our codes, with our markup, where the translator put the tool's tags");
    }

    @Test
    void aTradosSdlxliffFillsEachSentenceWithItsTagsAndItsConfirmationLevel() {
        ImportReport report = importFile(workbench, fixture("trados.sdlxliff"), "garden.html.sdlxliff");

        assertEquals(5, report.units(), "five mrk segments, the spaces between them none: " + report.summary());
        assertEquals(5, report.matched(), report.summary());
        assertEquals(4, report.filled(), report.summary());
        assertFilled(workbench, "Read", READ, Status.REVIEWED, ours("Read", 9, 27, 34, 40));
        assertFilled(workbench, "The", OPENS, Status.TRANSLATED, ours("The", 18, 29));
        assertFilled(workbench, "Bring", GLOVES, Status.TRANSLATED, ours("Bring", 0, GLOVES.length()));
        assertFilled(workbench, "Bring2", "", Status.INITIAL, List.of());
        assertFilled(workbench, "Call", CALL, Status.FINAL, ours("Call", "Appelez-nous".length()));
    }

    @Test
    void aMemoqSegmentedXliffFillsBothSentencesOfABoldThatRunsAcrossThemAndKeepsTheMovedLink() {
        ImportReport report = importFile(workbench, fixture("memoq.mqxliff"), "garden.html.mqxliff");

        assertEquals(5, report.filled(), report.summary());
        assertFilled(workbench, "Read", "Lisez le plan de plantation avant samedi.", Status.TRANSLATED, ours("Read", 6, 13, 34, 40));
        assertFilled(workbench, "The", OPENS, Status.TRANSLATED, ours("The", 18, 29));
        assertFilled(workbench, "Bring", GLOVES, Status.TRANSLATED, ours("Bring", 0, GLOVES.length()));
        assertFilled(workbench, "Bring2", WATER, Status.TRANSLATED, ours("Bring2", 0, WATER.length()));
        assertFilled(workbench, "Call", CALL, Status.REVIEWED, ours("Call", "Appelez-nous".length()));
    }

    @Test
    void anOkapiXliff2UnitOfSeveralSegmentsFillsEachSentenceWithItsOwnState() throws Exception {
        byte[] okapi = fixture("okapi-segments.xlf");
        assertEquals(3, okapiUnits(okapi).size(), "the fixture is valid XLIFF 2 for Okapi's library");

        ImportReport report = importFile(workbench, okapi, "garden.html.xlf");

        assertEquals(5, report.units(), report.summary());
        assertEquals(5, report.filled(), report.summary());
        assertFilled(workbench, "Read", READ, Status.REVIEWED, ours("Read", 9, 27, 34, 40));
        assertFilled(workbench, "The", OPENS, Status.TRANSLATED, ours("The", 18, 29));
        assertFilled(workbench, "Bring", GLOVES, Status.TRANSLATED, ours("Bring", 0, GLOVES.length()));
        assertFilled(workbench, "Bring2", WATER, Status.INITIAL, ours("Bring2", 0, WATER.length()));
        assertFilled(workbench, "Call", CALL, Status.FINAL, ours("Call", "Appelez-nous".length()));
    }

    @Test
    void sentencesFilledFromTradosAndMemoqGoOutAsXliff12WithTheSameCodesAndComeBackUnchanged() throws Exception {
        for (String name : List.of("trados.sdlxliff", "memoq.mqxliff")) {
            Workbench tool = gardenIn(data.resolve("from-" + name));
            importFile(tool, fixture(name), name);
            byte[] exported = tool.exchange().export("garden", FRENCH, ExchangeFormat.XLIFF12, ExportOptions.defaults()).content();
            assertEquals(List.of(), OfficialSchemas.xliff12Errors(exported));

            Workbench fresh = gardenIn(data.resolve("again-" + name));
            importFile(fresh, exported, "garden.fr.xlf");
            for (String sentence : sentences.keySet()) {
                Unit before = unit(tool, sentence);
                Unit after = unit(fresh, sentence);
                assertEquals(before.target(), after.target(), name + " " + sentence);
                assertEquals(before.codes(), after.codes(), name + " " + sentence);
            }
        }
    }

    @Test
    void sentencesFilledFromAnOkapiSegmentedUnitGoOutAsXliff2ThatOkapiReadsWithTheSameTags() throws Exception {
        importFile(workbench, fixture("okapi-segments.xlf"), "garden.html.xlf");
        byte[] exported = workbench.exchange().export("garden", FRENCH, ExchangeFormat.XLIFF, ExportOptions.defaults()).content();
        URL core = XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(core).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(exported)));

        Map<String, Fragment> targets = okapiUnits(exported);
        Fragment water = targets.get(sentences.get("Bring2").id());
        assertEquals(WATER, water.getPlainText());
        assertEquals(List.of("<b>", "</b>"), data(water));
        Fragment read = targets.get(sentences.get("Read").id());
        assertEquals(READ, read.getPlainText());
        assertEquals(List.of("<a href=\"https://example.org/plan\">", "</a>", "<b>", "</b>"), data(read));
        assertEquals(List.of("<br/>"), data(targets.get(sentences.get("Call").id())));
    }

    @Test
    void aSegmentWhoseTagTheSourceDoesNotHaveIsRefusedWithItsSentenceNamedAndNothingImported() {
        String trados = new String(fixture("trados.sdlxliff"), StandardCharsets.UTF_8)
                .replace("<g id=\"7\">neuf heures</g>", "<g id=\"17\">neuf heures</g>");

        TandemException refused = assertThrows(TandemException.class,
                () -> importFile(workbench, trados.getBytes(StandardCharsets.UTF_8), "garden.html.sdlxliff"));
        assertTrue(refused.getMessage().contains(sentences.get("The").id()), refused.getMessage());
        assertEquals("", unit(workbench, "Read").target(), "nothing was imported");

        workbench.exchange().importBilingual("garden", FRENCH, trados.getBytes(StandardCharsets.UTF_8), "garden.html.sdlxliff",
                new ImportOptions(false, null, true));
        assertEquals(OPENS, unit(workbench, "The").target());
        assertEquals(List.of(), unit(workbench, "The").codes(), "imported as plain text");
        assertEquals(ours("Read", 9, 27, 34, 40), unit(workbench, "Read").codes(), "the other segments keep their tags");
    }

    /** Each unit's first target as Okapi's XLIFF 2 library reads it (maximal validation), by unit id. */
    private static Map<String, Fragment> okapiUnits(byte[] file) throws Exception {
        Map<String, Fragment> targets = new LinkedHashMap<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(file));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    targets.put(event.getUnit().getId(), event.getUnit().getPart(0).getTarget());
                }
            }
        }
        return targets;
    }

    private static List<String> data(Fragment fragment) {
        List<String> data = new ArrayList<>();
        for (Tag tag : fragment.getOwnTags()) {
            data.add(((CTag) tag).getData());
        }
        return data;
    }
}
