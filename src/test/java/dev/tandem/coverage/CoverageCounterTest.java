package dev.tandem.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Counts;
import dev.tandem.model.CoverageReport;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageCoverage;
import dev.tandem.model.Measure;
import dev.tandem.model.SourceHash;
import dev.tandem.model.Status;
import dev.tandem.model.Tally;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageCounterTest {

    private final CoverageCounter counter = new CoverageCounter();

    // 4 words, 4 words, 2 words
    private final Document english = Texts.document("en", "The cat sat down.", "It's a sunny day.", "Well done!");

    private static Translation withStatus(Document document, Translation translation, String unitId, Status status) {
        List<Unit> units = new ArrayList<>(translation.units());
        units.replaceAll(unit -> unit.id().equals(unitId)
                ? new Unit(unit.id(), unit.sources(), "x", status, unit.rev() + 1, null, null,
                        SourceHash.of(document.sourceText(unit)), null)
                : unit);
        return new Translation(translation.document(), translation.language(), units);
    }

    @Test
    void untranslatedDocumentIsAllInitial() {
        LanguageCoverage coverage = counter.measure(english, Texts.untranslated(english, "fr"));
        assertEquals(new Tally(3, 0, 0, 0, 0), coverage.counts().segments());
        assertEquals(new Tally(10, 0, 0, 0, 0), coverage.counts().words());
        assertEquals(Measure.WORDS, coverage.counts().measure());
        assertEquals(0.0, coverage.counts().percent(Status.TRANSLATED));
    }

    @Test
    void statusChangesMoveTheCounts() {
        Translation translation = Texts.untranslated(english, "fr");
        translation = withStatus(english, translation, "s0", Status.TRANSLATED);
        Counts counts = counter.measure(english, translation).counts();
        assertEquals(new Tally(6, 4, 0, 0, 0), counts.words());
        assertEquals(40.0, counts.percent(Status.TRANSLATED));
        assertEquals(0.0, counts.percent(Status.REVIEWED));

        translation = withStatus(english, translation, "s0", Status.REVIEWED);
        translation = withStatus(english, translation, "s2", Status.FINAL);
        counts = counter.measure(english, translation).counts();
        assertEquals(new Tally(4, 0, 4, 2, 0), counts.words());
        assertEquals(new Tally(1, 0, 1, 1, 0), counts.segments());
        assertEquals(60.0, counts.percent(Status.TRANSLATED));
        assertEquals(60.0, counts.percent(Status.REVIEWED));
        assertEquals(20.0, counts.percent(Status.FINAL));
        assertEquals(66.6, counts.segments().percent(Status.TRANSLATED), "rounded down, never up to done");
    }

    @Test
    void changedSourceSentenceCountsAsSourceChangedNotAsItsStatus() {
        Translation translation = withStatus(english, Texts.untranslated(english, "fr"), "s1", Status.FINAL);
        // The same units over a re-imported source whose second sentence changed.
        Document reimported = Texts.document("en", "The cat sat down.", "It's a rainy day today.", "Well done!");
        Counts counts = counter.measure(reimported, translation).counts();
        assertEquals(new Tally(6, 0, 0, 0, 5), counts.words());
        assertEquals(new Tally(2, 0, 0, 0, 1), counts.segments());
        assertEquals(0.0, counts.percent(Status.TRANSLATED));
        assertTrue(counts.below(100, Status.TRANSLATED));
    }

    @Test
    void mergedUnitCountsAllItsSegments() {
        Unit merged = new Unit("s0", List.of("s0", "s1"), "Le chat.", Status.TRANSLATED, 1, null, null,
                SourceHash.of("The cat sat down. It's a sunny day."), null);
        Translation translation = new Translation("doc", "fr", List.of(merged, Unit.initial("s2", List.of("s2"))));
        Counts counts = counter.measure(english, translation).counts();
        assertEquals(new Tally(1, 2, 0, 0, 0), counts.segments());
        assertEquals(new Tally(2, 8, 0, 0, 0), counts.words());
    }

    @Test
    void japaneseDocumentIsBilledByCharacters() {
        Document japanese = Texts.document("ja", "東京は日本の首都です。", "ありがとう。");
        Translation translation = withStatus(japanese, Texts.untranslated(japanese, "en"), "s1", Status.TRANSLATED);
        Counts counts = counter.measure(japanese, translation).counts();
        assertEquals(Measure.CHARACTERS, counts.measure());
        assertEquals(new Tally(11, 6, 0, 0, 0), counts.characters());
        assertEquals(35.2, counts.percent(Status.TRANSLATED)); // 6 of 17 characters
        assertEquals("characters", counts.toJson().get("unit"));
    }

    @Test
    void emptyDocumentIsCompleteWithNothingToCount() {
        Document empty = Texts.document("en");
        Counts counts = counter.measure(empty, Texts.untranslated(empty, "fr")).counts();
        assertEquals(Tally.EMPTY, counts.words());
        assertEquals(100.0, counts.percent(Status.FINAL));
        assertFalse(counts.below(100, Status.FINAL));
    }

    @Test
    void segmentCountsAreComputedOncePerDocument() {
        DocumentCounts first = counter.counts(english);
        assertSame(first, counter.counts(english));
        Document reimported = Texts.document("en", "The cat sat down.");
        assertNotSame(first, counter.counts(reimported));
    }

    @Test
    void totalsAddUpEveryLanguage() {
        Translation french = withStatus(english, Texts.untranslated(english, "fr"), "s0", Status.TRANSLATED);
        Translation german = withStatus(english, Texts.untranslated(english, "de"), "s2", Status.REVIEWED);
        CoverageReport report = new CoverageReport(List.of(counter.measure(english, french), counter.measure(english, german)));
        assertEquals(new Tally(14, 4, 2, 0, 0), report.totals().words());
        assertEquals(30.0, report.totals().percent(Status.TRANSLATED));
        assertEquals(List.of("de", "fr"), report.below(50, Status.TRANSLATED).stream().map(LanguageCoverage::language).sorted().toList());
        assertEquals(List.of("de"), report.below(40, Status.TRANSLATED).stream().map(LanguageCoverage::language).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) report.toJson().get("totals");
        assertEquals(Map.of("initial", 14L, "translated", 4L, "reviewed", 2L, "final", 0L, "sourceChanged", 0L, "aligned", 0L, "total", 20L),
                totals.get("words"));
    }

    @Test
    void measuresCorrectedAfterEachSaveEqualMeasuringTheWholeTranslationAfresh() {
        Translation translation = Texts.untranslated(english, "fr");
        counter.measure(english, translation);
        for (String[] save : new String[][] {{"s0", "TRANSLATED"}, {"s2", "FINAL"}, {"s0", "REVIEWED"}, {"s1", "INITIAL"}}) {
            translation = withStatus(english, translation, save[0], Status.valueOf(save[1]));
            Counts corrected = counter.measure(english, translation).counts();
            assertEquals(new CoverageCounter().measure(english, translation).counts(), corrected, "after saving " + save[0]);
        }
    }
}
