package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.app.Workbench;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.Translation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private Map<String, String> expectedPairs(boolean onlyConfirmed) {
        Map<String, String> pairs = new LinkedHashMap<>();
        translation.units().stream().filter(unit -> !onlyConfirmed || unit.hasTarget() && unit.status().atLeast(Status.TRANSLATED))
                .forEach(unit -> pairs.put(document.sourceText(unit), unit.target()));
        return pairs;
    }

    @Test
    void tmxValidatesAgainstTheTmx14Dtd() throws Exception {
        assertEquals(List.of(), OfficialSchemas.tmxErrors(export(ExchangeFormat.TMX)));
    }

    @Test
    void xliff12ValidatesAgainstTheStrictSchema() throws Exception {
        assertEquals(List.of(), OfficialSchemas.xliff12Errors(export(ExchangeFormat.XLIFF12)));
    }

    @Test
    void xliff2ValidatesAgainstTheCoreSchema() throws Exception {
        assertEquals(List.of(), OfficialSchemas.xliff2Errors(export(ExchangeFormat.XLIFF)));
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

    @Test
    void everyConfirmedXliff12TargetIsApprovedSoTranslateToolkitDoesNotCountItFuzzy() {
        String xliff = new String(export(ExchangeFormat.XLIFF12), StandardCharsets.UTF_8);
        long confirmed = translation.units().stream().filter(unit -> unit.hasTarget() && unit.status().atLeast(Status.TRANSLATED)).count();
        assertTrue(confirmed > 0);
        assertEquals(confirmed, xliff.split("approved=\"yes\"", -1).length - 1, xliff);
        // Read back, an approved "translated" target stays translated: the state attribute decides.
        BilingualFile file = new BilingualReader().read(xliff.getBytes(StandardCharsets.UTF_8), "x.xlf", "en", "fr");
        assertTrue(file.units().stream().anyMatch(unit -> unit.status() == Status.TRANSLATED), file.units().toString());
    }

    @Test
    void aTmxNeverPairsAChangedSourceWithItsStaleTarget() {
        Unit stale = translation.units().stream().filter(unit -> unit.hasTarget() && unit.status().atLeast(Status.TRANSLATED))
                .findFirst().orElseThrow().withSourceHash("written-for-another-source");
        Translation withStale = translation.withUnits(translation.units().stream()
                .map(unit -> unit.id().equals(stale.id()) ? stale : unit).toList());
        String tmx = new String(new BilingualExporter("test").export(document, withStale, ExchangeFormat.TMX, ExportOptions.defaults(),
                ExchangeFixture.NOW).content(), StandardCharsets.UTF_8);
        Map<String, String> seen = readWithOkapi(new TmxFilter(), tmx.getBytes(StandardCharsets.UTF_8));
        assertFalse(seen.containsValue(stale.target()), tmx);
        assertEquals(trimmed(expectedPairs(true)).size() - 1, seen.size());
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
}
