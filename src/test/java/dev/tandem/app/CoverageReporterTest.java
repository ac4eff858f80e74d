package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.coverage.DailyProgress;
import dev.tandem.model.LanguageCoverage;
import dev.tandem.model.Measure;
import dev.tandem.model.Tally;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Progress;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.store.AtomicFileWriter;
import dev.tandem.store.JsonMapperFactory;
import dev.tandem.store.DocumentStore;
import dev.tandem.store.JsonFolderStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coverage through the real workbench and store: saves move counts, re-imports flag changes, days are recorded. */
class CoverageReporterTest {

    private static final LanguageTag FR = LanguageTag.of("fr");
    private static final LanguageTag EN = LanguageTag.of("en");
    // Three paragraphs of 4, 5 and 2 words.
    private static final String ARTICLE = "The cat sat down.\n\nIt's a sunny day today.\n\nWell done!\n";

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-03T10:00:00Z"));
    private Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(data, clock);
        workbench.documents().importContent(ARTICLE.getBytes(StandardCharsets.UTF_8), "cat.txt", EN, "cat");
        workbench.translations().addLanguage("cat", FR);
    }

    private Unit unit(int index) {
        return workbench.translations().translation("cat", FR).units().get(index);
    }

    private void save(int index, String target, Status status) {
        Unit unit = unit(index);
        workbench.translations().save("cat", FR, new UnitEdit(unit.id(), unit.rev(), target, status, "test", null));
    }

    private LanguageCoverage coverage() {
        return workbench.coverage().coverage("cat", FR);
    }

    @Test
    void confirmingAUnitMovesItsWordsToTranslatedAndReviewingMovesThemOn() {
        assertEquals(new Tally(11, 0, 0, 0, 0), coverage().counts().words());
        save(1, "Il fait beau aujourd'hui.", Status.TRANSLATED);
        assertEquals(new Tally(6, 5, 0, 0, 0), coverage().counts().words());
        save(1, "Il fait beau aujourd'hui.", Status.REVIEWED);
        save(2, "Bravo !", Status.FINAL);
        assertEquals(new Tally(4, 0, 5, 2, 0), coverage().counts().words());
        assertEquals(new Tally(1, 0, 1, 1, 0), coverage().counts().segments());
    }

    @Test
    void reimportedChangedSentenceMovesToSourceChanged() {
        save(0, "Le chat s'est assis.", Status.TRANSLATED);
        save(1, "Il fait beau aujourd'hui.", Status.FINAL);
        String changed = ARTICLE.replace("It's a sunny day today.", "It's a rainy day.");
        workbench.documents().importContent(changed.getBytes(StandardCharsets.UTF_8), "cat.txt", EN, "cat", true);
        LanguageCoverage after = coverage();
        assertEquals(new Tally(2, 4, 0, 0, 4), after.counts().words(), "the changed sentence now has 4 words");
        assertEquals(new Tally(1, 1, 0, 0, 1), after.counts().segments());
    }

    @Test
    void everySaveRecordsTheDaysProgressNextToTheTranslation() throws Exception {
        save(0, "Le chat s'est assis.", Status.TRANSLATED);
        clock.advance(Duration.ofDays(2));
        save(1, "Il fait beau aujourd'hui.", Status.TRANSLATED);
        save(2, "Bravo !", Status.TRANSLATED);

        assertTrue(Files.isRegularFile(data.resolve("cat/fr.progress.json")));
        assertEquals(List.of(FR.tag()), workbench.documents().languages("cat"), "the progress file is not a language");
        DocumentStore reread = new JsonFolderStore(data, JsonMapperFactory.create(), new AtomicFileWriter(), clock);
        Progress progress = reread.progress("cat", FR);
        List<DailyProgress> days = DailyProgress.of(progress, Measure.WORDS);
        assertEquals(List.of(
                new DailyProgress(LocalDate.of(2025, 3, 3), 4, 4),
                new DailyProgress(LocalDate.of(2025, 3, 4), 4, 0),
                new DailyProgress(LocalDate.of(2025, 3, 5), 11, 7)), days);
    }

    @Test
    void reportNamesEveryStoredLanguageAndOnlyThose() {
        workbench.translations().addLanguage("cat", LanguageTag.of("de"));
        assertEquals(List.of("de", "fr"), workbench.coverage().report(null, null).entries().stream()
                .map(LanguageCoverage::language).toList());
        assertEquals(List.of(), workbench.coverage().report(null, LanguageTag.of("ja")).entries());
        assertEquals(List.of("ja"), workbench.coverage().report("cat", LanguageTag.of("ja")).entries().stream()
                .map(LanguageCoverage::language).toList(), "a named document is measured in a named language before its first save");
    }

    /** A clock the test moves forward, to save on different days. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aDeletedDocumentIsNoLongerCountedNorKept() {
        save(0, "Le chat s'est assis.", Status.TRANSLATED);
        assertEquals(1, workbench.coverage().report(null, null).entries().size());
        assertTrue(workbench.coverage().remembers("cat"), "counted once, then kept for the next report");

        workbench.documents().delete("cat");

        assertEquals(List.of(), workbench.coverage().report(null, null).entries());
        assertFalse(workbench.coverage().remembers("cat"), "the deleted document's counts are dropped");
    }
}
