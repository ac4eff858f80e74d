package dev.tandem.app;

import dev.tandem.coverage.CoverageCounter;
import dev.tandem.coverage.DailyProgress;
import dev.tandem.model.CoverageReport;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageCoverage;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.ProgressDay;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.store.DocumentStore;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The coverage verbs: how much of which document is translated, and the daily progress. Counts come
 * from the store's in-memory documents and translations; segment counts are cached per document,
 * so a report after a save analyses no text.
 */
public final class CoverageReporter {

    private static final System.Logger LOG = System.getLogger(CoverageReporter.class.getName());

    private final DocumentStore store;
    private final CoverageCounter counter = new CoverageCounter();
    private final Clock clock;

    CoverageReporter(DocumentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Coverage of every stored translation, narrowed to one document and/or one language when they
     * are given. A named document in a named language is measured even before its first save.
     */
    public CoverageReport report(String documentId, LanguageTag language) {
        List<Document> documents = documentId == null ? store.documents()
                : List.of(store.requireDocument(DocumentId.validate(documentId)));
        List<LanguageCoverage> entries = new ArrayList<>();
        for (Document document : documents) {
            List<LanguageTag> languages = store.languages(document.id());
            if (language != null) {
                boolean named = documentId != null;
                languages = languages.contains(language) || named ? List.of(language) : List.of();
            }
            for (LanguageTag target : languages) {
                entries.add(measure(document, target));
            }
        }
        return new CoverageReport(entries);
    }

    /** Coverage of one document in one language. */
    public LanguageCoverage coverage(String documentId, LanguageTag language) {
        return measure(store.requireDocument(DocumentId.validate(documentId)), language);
    }

    /** Words (characters for scripts without spaces) translated per day, as JSON-ready maps. */
    public Map<String, Object> progress(String documentId, LanguageTag language) {
        LanguageCoverage coverage = coverage(documentId, language);
        return DailyProgress.toJson(store.progress(coverage.document(), language), coverage.counts().measure());
    }

    /**
     * Takes today's snapshot of a translation's progress (after every save). The save itself is
     * already stored: a progress file that cannot be written or read is logged, not failed on.
     */
    void recordProgress(String documentId, LanguageTag language) {
        try {
            snapshot(documentId, language);
        } catch (UncheckedIOException | TandemException e) {
            LOG.log(System.Logger.Level.WARNING, "progress of " + documentId + "/" + language + " not recorded: " + e.getMessage());
        }
    }

    private void snapshot(String documentId, LanguageTag language) {
        Document document = store.requireDocument(documentId);
        // The translation comes with the snapshots: reading it apart would take a second connection of a database's pool.
        store.recordProgress(documentId, language, (progress, translation) -> {
            LanguageCoverage coverage = counter.measure(document, translation);
            return progress.with(new ProgressDay(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                    coverage.counts().words().atLeast(Status.TRANSLATED),
                    coverage.counts().characters().atLeast(Status.TRANSLATED),
                    coverage.counts().words().total(), coverage.counts().characters().total()));
        });
    }

    /** A deleted document is no longer counted, nor kept in memory. */
    void forget(String documentId) {
        counter.forget(documentId);
    }

    /** Whether the counts of a document are kept in memory (for tests of {@link #forget}). */
    boolean remembers(String documentId) {
        return counter.remembers(documentId);
    }

    private LanguageCoverage measure(Document document, LanguageTag language) {
        document.requireTarget(language);
        return counter.measure(document, store.translation(document.id(), language));
    }
}
