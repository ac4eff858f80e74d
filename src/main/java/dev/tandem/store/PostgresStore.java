package dev.tandem.store;

import static dev.tandem.store.PostgresStatements.execute;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.Changed;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Progress;
import dev.tandem.model.SharedText;
import dev.tandem.model.StaleSaveException;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.Consumer;
import java.util.function.BiFunction;

/**
 * The store in a PostgreSQL database, for a team: several servers may share it. Each change runs in
 * one transaction under a lock of its (document, language) held until commit, so it applies to the
 * translation as it is then whichever server runs it; a unit saved in place is written with
 * {@code UPDATE … WHERE rev = ?}, together with the history row of the target it replaces. Nothing
 * is cached but parsed documents, checked against their revision on each read.
 */
public final class PostgresStore implements DocumentStore {

    static final String SOURCE_LOCK = "#source"; // no language tag has a #

    private final PostgresDatabase database;
    private final Clock clock;
    private final PostgresNotices notices;
    private final PostgresStatements sql;
    private final PostgresComments comments;
    private final PostgresFiles smallFiles;
    private final PostgresReferenceMemories references;
    private final PostgresTransfer transfer;
    private final UnitReconciler reconciler = new UnitReconciler();
    private final PostgresDocuments documentRows;
    private final PostgresCatalog catalog;
    private final PostgresTranslations translationRows = new PostgresTranslations();
    private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();

    public PostgresStore(PostgresDatabase database, Clock clock) {
        this(database, JsonMapperFactory.create(), clock);
    }

    PostgresStore(PostgresDatabase database, ObjectMapper mapper, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.notices = new PostgresNotices(database, mapper);
        this.sql = new PostgresStatements(mapper);
        this.comments = new PostgresComments(clock);
        this.smallFiles = new PostgresFiles(database, mapper);
        this.references = new PostgresReferenceMemories(database, sql, notices);
        this.transfer = new PostgresTransfer(database, sql, notices);
        this.documentRows = new PostgresDocuments(sql);
        this.catalog = new PostgresCatalog(documentRows);
    }

    @Override
    public List<Document> documents() {
        return database.transaction(catalog::documents);
    }

    @Override
    public Optional<Document> document(String documentId) {
        DocumentId.validate(documentId);
        return database.transaction(connection -> documentRows.find(connection, documentId));
    }

    @Override
    public void importDocument(Document document) {
        StoredText.check(document);
        String id = DocumentId.validate(document.id());
        database.transaction(connection -> {
            lock(connection, id, SOURCE_LOCK);
            Optional<Document> before = documentRows.find(connection, id);
            List<String> languages = before.isPresent() ? languages(connection, id) : List.of();
            for (String language : languages) {
                lock(connection, id, language);
            }
            documentRows.put(connection, document);
            for (String language : languages) {
                Translation current = translation(connection, id, language);
                Translation reconciled = reconciler.reconcile(before.get(), document, current);
                PostgresRows.replaceUnits(connection, id, language, reconciled.units());
                translationRows.changed(connection, id, language, reconciled);
            }
            notices.send(connection, id, null, null);
            return null;
        });
    }

    @Override
    public void deleteDocument(String documentId) {
        requireDocument(documentId);
        database.transaction(connection -> {
            lock(connection, documentId, SOURCE_LOCK);
            execute(connection, "DELETE FROM documents WHERE id = ?", documentId);
            notices.send(connection, documentId, null, null);
            return null;
        });
        documentRows.forget(documentId);
    }

    @Override
    public List<LanguageTag> languages(String documentId) {
        DocumentId.validate(documentId);
        return database.transaction(connection -> languages(connection, documentId)).stream().map(LanguageTag::of).toList();
    }

    @Override
    public Map<String, List<LanguageTag>> languagesOfEveryDocument() {
        return database.transaction(catalog::languagesOfEveryDocument);
    }

    private static List<String> languages(Connection connection, String documentId) throws SQLException {
        return PostgresCatalog.languages(connection, documentId);
    }

    @Override
    public String removeLanguage(String documentId, LanguageTag language) {
        requireDocument(documentId);
        String tag = language.tag();
        return serialized(documentId, tag, () -> database.transaction(connection -> {
            lock(connection, documentId, tag);
            if (!languages(connection, documentId).contains(tag)) {
                throw TandemException.notFound("document " + documentId + " has no " + tag + " translation");
            }
            LanguageContent content = transfer.content(connection, documentId, tag);
            long seq;
            try (PreparedStatement keep = connection.prepareStatement("INSERT INTO removed_languages (document, language,"
                    + " removed_at, content) VALUES (?, ?, ?, ?::jsonb) RETURNING seq")) {
                keep.setString(1, documentId);
                keep.setString(2, tag);
                keep.setString(3, clock.instant().toString());
                keep.setString(4, sql.write(content));
                try (ResultSet row = keep.executeQuery()) {
                    row.next();
                    seq = row.getLong(1);
                }
            }
            for (String table : List.of("units", "history", "comments", "alignments", "progress", "translation_files",
                    "translations")) {
                execute(connection, "DELETE FROM " + table + " WHERE document = ? AND language = ?", documentId, tag);
            }
            notices.send(connection, documentId, tag, null);
            return "the database's removed_languages, entry " + seq;
        }));
    }

    @Override
    public List<Comment> comments(String documentId, LanguageTag language) {
        requireDocument(documentId);
        return database.transaction(connection -> PostgresComments.list(connection, documentId, language.tag()));
    }

    @Override
    public Comment addComment(String documentId, LanguageTag language, String unitId, String text, String by) {
        requireDocument(documentId);
        return serialized(documentId, language.tag(), () -> database.transaction(connection -> {
            lock(connection, documentId, language.tag());
            translation(connection, documentId, language.tag()).unit(unitId)
                    .orElseThrow(() -> TandemException.notFound("no unit " + unitId + " in " + documentId));
            Comment added = comments.add(connection, documentId, language.tag(), unitId, text, by);
            // The other servers show the unit's comments as they are now.
            notices.send(connection, documentId, language.tag(), List.of(unitId));
            return added;
        }));
    }

    @Override
    public Comment resolveComment(String documentId, LanguageTag language, String commentId, String by) {
        requireDocument(documentId);
        return serialized(documentId, language.tag(), () -> database.transaction(connection -> {
            lock(connection, documentId, language.tag());
            Comment resolved = comments.resolve(connection, documentId, language.tag(), commentId, by);
            notices.send(connection, documentId, language.tag(), List.of(resolved.unit()));
            return resolved;
        }));
    }

    @Override
    public Translation translation(String documentId, LanguageTag language) {
        DocumentId.validate(documentId);
        return database.transaction(connection -> translation(connection, documentId, language.tag()));
    }

    private Translation translation(Connection connection, String documentId, String language) throws SQLException {
        Optional<Translation> stored = translationRows.stored(connection, documentId, language);
        if (stored.isPresent()) {
            return stored.get();
        }
        Document document = documentRows.find(connection, documentId)
                .orElseThrow(() -> TandemException.notFound("no document " + documentId));
        return fresh(document, language);
    }

    @Override
    public <R> R change(String documentId, LanguageTag language, TranslationChange<R> change) {
        return changeAndWrite(documentId, language.tag(), change, null);
    }

    @Override
    public <R> R align(AlignmentRecord alignment, TranslationChange<R> change) {
        return changeAndWrite(alignment.document(), LanguageTag.of(alignment.language()).tag(), change, alignment);
    }

    private <R> R changeAndWrite(String documentId, String language, TranslationChange<R> change, AlignmentRecord alignment) {
        Document document = requireDocument(documentId);
        return serialized(documentId, language, () -> database.transaction(connection -> {
            lock(connection, documentId, language);
            Optional<Translation> kept = translationRows.stored(connection, documentId, language);
            boolean stored = kept.isPresent();
            Translation before = kept.orElseGet(() -> fresh(document, language));
            Changed<R> changed = change.apply(document, before);
            Translation after = changed.translation();
            UnitChanges.Saves saves = alignment == null ? UnitChanges.saves(before, after, Integer.MAX_VALUE) : null;
            StoredText.check(saves != null ? saves.saved() : after.units());
            List<Unit> replaced = saves != null ? saves.replaced() : UnitChanges.replacedTargets(before, after);
            PostgresRows.appendHistory(connection, documentId, language, PostgresRows.lines(replaced));
            if (!stored) {
                translationRows.add(connection, documentId, language, after);
                PostgresRows.replaceUnits(connection, documentId, language, after.units());
            } else if (saves != null) {
                saveInPlace(connection, documentId, language, before, saves.saved());
                if (!saves.saved().isEmpty()) {
                    translationRows.changed(connection, documentId, language, after);
                }
            } else {
                PostgresRows.replaceUnits(connection, documentId, language, after.units());
                translationRows.changed(connection, documentId, language, after);
            }
            if (alignment != null) {
                sql.putBody(connection, "alignments", documentId, language, alignment);
            }
            if (saves == null || !saves.saved().isEmpty() || !stored) {
                notices.send(connection, documentId, language, saves == null ? null : saves.saved().stream().map(Unit::id).toList());
            }
            return changed.result();
        }));
    }

    /**
     * Runs a change after the others of this server on the same (document, language): they queue
     * here rather than each holding a pooled connection while waiting for the database's lock.
     */
    private <T> T serialized(String documentId, String language, Supplier<T> change) {
        ReentrantLock lock = local.computeIfAbsent(documentId + "/" + language, key -> new ReentrantLock());
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    private static void saveInPlace(Connection connection, String documentId, String language, Translation before, List<Unit> saved)
            throws SQLException {
        for (Unit unit : saved) {
            Unit previous = before.unit(unit.id()).orElseThrow();
            if (!PostgresRows.update(connection, documentId, language, unit, previous.rev())) {
                // Only a writer that bypassed the lock gets here; refuse rather than overwrite.
                throw new StaleSaveException(previous, previous.rev());
            }
        }
    }

    @Override
    public Optional<AlignmentRecord> alignment(String documentId, LanguageTag language) {
        DocumentId.validate(documentId);
        return database.transaction(connection -> sql.body(connection, "alignments", documentId, language.tag(), AlignmentRecord.class));
    }

    @Override
    public List<HistoryEntry> history(String documentId, LanguageTag language, String unitId) {
        DocumentId.validate(documentId);
        return PostgresRows.entries(database.transaction(connection ->
                PostgresRows.history(connection, documentId, language.tag(), unitId)));
    }

    @Override
    public Progress progress(String documentId, LanguageTag language) {
        DocumentId.validate(documentId);
        return database.transaction(connection -> sql.body(connection, "progress", documentId, language.tag(), Progress.class))
                .orElseGet(() -> Progress.empty(documentId, language.tag()));
    }

    @Override
    public void recordProgress(String documentId, LanguageTag language, BiFunction<Progress, Translation, Progress> change) {
        DocumentId.validate(documentId);
        serialized(documentId, language.tag(), () -> database.transaction(connection -> {
            lock(connection, documentId, language.tag());
            Progress before = sql.body(connection, "progress", documentId, language.tag(), Progress.class)
                    .orElseGet(() -> Progress.empty(documentId, language.tag()));
            Progress after = change.apply(before, translation(connection, documentId, language.tag()));
            if (!after.equals(before)) {
                sql.putBody(connection, "progress", documentId, language.tag(), after);
            }
            return null;
        }));
    }

    @Override
    public <T> StoredJson<T> projectFile(String name, Class<T> type) {
        if (!PROJECT_FILES.contains(name)) {
            throw new IllegalArgumentException("not a project file: " + name);
        }
        return smallFiles.project(name, type);
    }

    @Override
    public <T> StoredJson<T> translationFile(String documentId, LanguageTag language, String name, Class<T> type) {
        if (!TRANSLATION_FILES.contains(name)) {
            throw new IllegalArgumentException("not a translation file: " + name);
        }
        return smallFiles.translation(DocumentId.validate(documentId), language.tag(), name, type);
    }

    @Override
    public Optional<SharedText> teamFile(String name) {
        if (!TEAM_FILES.contains(name)) {
            throw new IllegalArgumentException("not a team file: " + name);
        }
        return Optional.of(smallFiles.team(name));
    }

    @Override
    public ReferenceMemories referenceMemories() {
        return references;
    }

    /** The whole store moved in and out as it is, for {@code db import} and {@code db export}. */
    PostgresTransfer transfer() {
        return transfer;
    }

    /** Several servers may share the database: nothing to hold. */
    @Override
    public void claim(String url) {
    }

    @Override
    public AutoCloseable watch(Consumer<ChangeNotice> listener) {
        return notices.subscribe(listener);
    }

    @Override
    public void close() {
        notices.close();
        database.close();
    }

    /** Holds the (document, language) — or the document's source, or a small file — until the transaction ends, on every server. */
    static void lock(Connection connection, String documentId, String part) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, documentId + "/" + part);
            lock.execute();
        }
    }

    private static Translation fresh(Document document, String language) {
        return new Translation(document.id(), language, document.segments().stream()
                .map(segment -> Unit.initial(segment.id(), List.of(segment.id()))).toList());
    }
}
