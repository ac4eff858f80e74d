package dev.tandem.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.Comment;
import dev.tandem.model.Changed;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Progress;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.BiFunction;

/**
 * The store as a folder of JSON files ({@code translations/}), pretty-printed and stable so that it
 * diffs well in git. Reads are served from memory once loaded. Every change of a document's
 * language runs under one lock per (document, language) and under the store's process lock
 * ({@link StoreLock}). In a server (a store {@linkplain #claim claimed} for the process's lifetime)
 * a change of a few units is appended to the language's {@link SaveJournal}; any other change, and
 * every change of a short-lived command, is written with the files it touches in one
 * {@link StoreCommit}, so a command leaves plain JSON files behind.
 */
public final class JsonFolderStore implements DocumentStore {

    /** A change of more units than this (an import, an alignment) rewrites the language file instead. */
    private static final int JOURNAL_MAX_UNITS = 16;
    private static final String SOURCE_LOCK = "\u0000source";

    private final Path root;
    private final DocumentFiles files;
    private final StoreLock storeLock;
    private final HistoryLog history;
    private final StoreCommit commit;
    private final JournalFolding folding;
    private final LanguageFiles languageFiles;
    private final UnitComments comments;
    private final Clock clock;
    private final UnitReconciler reconciler = new UnitReconciler();
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, Translation> translations = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<Path, JsonFile<?>> smallFiles = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;
    private final AtomicFileWriter writer;
    private final ReferenceMemoryFolder references;
    private final StoreFormat format;
    private final FolderListing listing;

    public JsonFolderStore(Path root, ObjectMapper mapper, AtomicFileWriter writer, Clock clock) {
        this.root = root;
        this.mapper = mapper;
        this.writer = writer;
        this.references = new ReferenceMemoryFolder(root, mapper, writer);
        this.files = new DocumentFiles(root, mapper, writer);
        this.storeLock = new StoreLock(root, mapper, clock);
        this.history = new HistoryLog(mapper, files);
        this.commit = new StoreCommit(mapper, writer);
        this.folding = new JournalFolding(this::foldWhenIdle);
        this.languageFiles = new LanguageFiles(files, new SaveJournal(mapper), commit, folding);
        this.comments = new UnitComments(files);
        this.clock = clock;
        this.format = new StoreFormat(root, mapper, writer, files);
        this.listing = new FolderListing(files, storeLock::held);
        format.requireReadable();
        if (storeLock.tryOnce()) {
            try {
                recover();
            } finally {
                storeLock.releaseOnce();
            }
        }
    }

    @Override
    public List<Document> documents() {
        return listing.documentIds().stream().map(this::document).flatMap(Optional::stream).toList();
    }

    @Override
    public Map<String, List<LanguageTag>> languagesOfEveryDocument() {
        Map<String, List<LanguageTag>> languages = new HashMap<>();
        for (String documentId : listing.documentIds()) {
            languages.put(documentId, listing.languages(documentId));
        }
        return languages;
    }

    @Override
    public Optional<Document> document(String documentId) {
        Document cached = documents.get(documentId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Document> read = files.readDocument(documentId);
        read.ifPresent(document -> documents.put(documentId, document));
        return read;
    }

    @Override
    public void importDocument(Document document) {
        StoredText.check(document);
        String id = document.id();
        writing(() -> locked(List.of(key(id, SOURCE_LOCK)), () -> {
            Optional<Document> before = document(id);
            List<LanguageTag> languages = before.isPresent() ? languages(id) : List.of();
            return locked(languages.stream().map(language -> key(id, language.tag())).toList(), () -> {
                Map<String, byte[]> written = new LinkedHashMap<>();
                List<String> removals = new ArrayList<>();
                Map<String, Translation> reconciled = new LinkedHashMap<>();
                for (LanguageTag language : languages) {
                    Translation after = reconciler.reconcile(before.get(), document, translation(id, language));
                    reconciled.put(key(id, language.tag()), after);
                    written.put(files.translation(id, language).getFileName().toString(), files.pretty(after));
                    removals.add(files.journal(id, language).getFileName().toString());
                }
                written.put(DocumentFiles.SOURCE, files.pretty(document));
                languageFiles.commit(id, written, removals, true);
                translations.putAll(reconciled);
                documents.put(id, document);
                listing.changed(id);
                return null;
            });
        }));
    }

    @Override
    public void deleteDocument(String documentId) {
        requireDocument(documentId);
        writing(() -> locked(List.of(key(documentId, SOURCE_LOCK)), () -> {
            files.deleteFolder(documentId);
            listing.changed(documentId);
            documents.remove(documentId);
            translations.keySet().removeIf(key -> key.startsWith(documentId + "/"));
            comments.forget(documentId);
            return null;
        }));
    }

    @Override
    public String removeLanguage(String documentId, LanguageTag language) {
        requireDocument(documentId);
        String key = key(documentId, language.tag());
        return writing(() -> locked(List.of(key), () -> {
            if (!languages(documentId).contains(language)) {
                throw TandemException.notFound("document " + documentId + " has no " + language.tag() + " translation");
            }
            languageFiles.fold(documentId, language);
            Path trash = new LanguageTrash().move(files.folder(documentId), language, clock.instant());
            listing.changed(documentId);
            translations.remove(key);
            comments.forget(documentId, language);
            return root.relativize(trash).toString().replace('\\', '/');
        }));
    }

    @Override
    public List<Comment> comments(String documentId, LanguageTag language) {
        requireDocument(documentId);
        return comments.list(documentId, language);
    }

    @Override
    public Comment addComment(String documentId, LanguageTag language, String unitId, String text, String by) {
        requireDocument(documentId);
        return writing(() -> locked(List.of(key(documentId, language.tag())), () -> {
            translation(documentId, language).unit(unitId)
                    .orElseThrow(() -> TandemException.notFound("no unit " + unitId + " in " + documentId));
            return comments.add(documentId, language, unitId, text, by, clock.instant());
        }));
    }

    @Override
    public Comment resolveComment(String documentId, LanguageTag language, String commentId, String by) {
        requireDocument(documentId);
        return writing(() -> locked(List.of(key(documentId, language.tag())),
                () -> comments.resolve(documentId, language, commentId, by, clock.instant())));
    }

    @Override
    public List<LanguageTag> languages(String documentId) {
        return listing.languages(documentId);
    }

    @Override
    public Translation translation(String documentId, LanguageTag language) {
        String key = key(documentId, language.tag());
        Translation cached = translations.get(key);
        if (cached != null) {
            return cached;
        }
        Document document = requireDocument(documentId);
        Translation read = languageFiles.read(documentId, language).orElseGet(() -> fresh(document, language));
        translations.put(key, read);
        return read;
    }

    @Override
    public <R> R change(String documentId, LanguageTag language, TranslationChange<R> change) {
        return changeAndWrite(documentId, language, change, null);
    }

    @Override
    public <R> R align(AlignmentRecord alignment, TranslationChange<R> change) {
        return changeAndWrite(alignment.document(), LanguageTag.of(alignment.language()), change, alignment);
    }

    private <R> R changeAndWrite(String documentId, LanguageTag language, TranslationChange<R> change, AlignmentRecord alignment) {
        Document document = requireDocument(documentId);
        return writing(() -> locked(List.of(key(documentId, language.tag())), () -> {
            Translation before = translation(documentId, language);
            Changed<R> changed = change.apply(document, before);
            Translation after = changed.translation();
            UnitChanges.Saves saves = alignment == null ? UnitChanges.saves(before, after, JOURNAL_MAX_UNITS) : null;
            List<Unit> saved = saves == null ? null : saves.saved();
            boolean stored = Files.isRegularFile(files.translation(documentId, language));
            StoredText.check(saved != null ? saved : after.units());
            history.append(files.history(documentId, language), files.legacyHistory(documentId, language),
                    saves != null ? saves.replaced() : UnitChanges.replacedTargets(before, after));
            if (saved != null && stored && storeLock.held()) {
                languageFiles.append(documentId, language, saved);
            } else if (saved == null || !saved.isEmpty() || !stored) {
                languageFiles.rewrite(documentId, language, after, alignment);
            }
            translations.put(key(documentId, language.tag()), after);
            if (!stored) {
                listing.changed(documentId);
            }
            return changed.result();
        }));
    }

    private void foldWhenIdle(String key) {
        int slash = key.indexOf('/');
        String documentId = key.substring(0, slash);
        LanguageTag language = LanguageTag.of(key.substring(slash + 1));
        writing(() -> locked(List.of(key), () -> {
            languageFiles.fold(documentId, language);
            return null;
        }));
    }

    @Override
    public Optional<AlignmentRecord> alignment(String documentId, LanguageTag language) {
        return files.read(files.alignment(documentId, language), AlignmentRecord.class);
    }

    @Override
    public List<HistoryEntry> history(String documentId, LanguageTag language, String unitId) {
        return history.read(files.history(documentId, language), files.legacyHistory(documentId, language))
                .getOrDefault(unitId, List.of());
    }

    @Override
    public Progress progress(String documentId, LanguageTag language) {
        return files.read(files.progress(documentId, language), Progress.class)
                .orElseGet(() -> Progress.empty(documentId, language.tag()));
    }

    @Override
    public void recordProgress(String documentId, LanguageTag language, BiFunction<Progress, Translation, Progress> change) {
        writing(() -> locked(List.of(key(documentId, language.tag())), () -> {
            Progress before = progress(documentId, language);
            Progress after = change.apply(before, translation(documentId, language));
            if (!after.equals(before)) {
                files.write(files.progress(documentId, language), after);
            }
            return null;
        }));
    }

    @Override
    public void claim(String url) {
        if (storeLock.hold(url)) {
            recover();
        }
        listing.forgetAll();
    }

    /** Folds every pending journal into its language file and lets go of the store. */
    @Override
    public <T> StoredJson<T> projectFile(String name, Class<T> type) {
        if (!PROJECT_FILES.contains(name)) {
            throw new IllegalArgumentException("not a project file: " + name);
        }
        return smallFile(root.resolve(name), type);
    }

    @Override
    public <T> StoredJson<T> translationFile(String documentId, LanguageTag language, String name, Class<T> type) {
        if (!TRANSLATION_FILES.contains(name)) {
            throw new IllegalArgumentException("not a translation file: " + name);
        }
        return smallFile(files.translationFile(DocumentId.validate(documentId), language, name), type);
    }

    /** One {@link JsonFile} per path, so that its updates take turns. */
    @SuppressWarnings("unchecked")
    private <T> JsonFile<T> smallFile(Path path, Class<T> type) {
        return (JsonFile<T>) smallFiles.computeIfAbsent(path, key -> new JsonFile<>(key, type, mapper, writer));
    }

    @Override
    public ReferenceMemories referenceMemories() {
        return references;
    }

    @Override
    public void close() {
        folding.stop();
        for (String key : folding.pending()) {
            try {
                foldWhenIdle(key);
            } catch (RuntimeException e) {
                // the journal stays and is folded when the store is next opened
            }
        }
        storeLock.close();
    }

    /** Runs a write under the store's process lock (held by a server, or taken for this write). */
    private <T> T writing(Supplier<T> write) {
        if (storeLock.acquire()) {
            recover();
        }
        try {
            format.markWritten();
            return write.get();
        } finally {
            storeLock.release();
        }
    }

    private <T> T locked(List<String> keys, Supplier<T> body) {
        List<ReentrantLock> held = new ArrayList<>();
        try {
            for (String key : keys) {
                ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
                lock.lock();
                held.add(lock);
            }
            return body.get();
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
    }

    /** Finishes or undoes what a crashed writer left, then folds the journals it left. */
    private void recover() {
        StoreRecovery recovery = new StoreRecovery(root, commit);
        recovery.run();
        for (StoreRecovery.Journal pending : recovery.journals()) {
            if (document(pending.documentId()).isEmpty()) {
                continue;
            }
            locked(List.of(key(pending.documentId(), pending.language().tag())), () -> {
                languageFiles.fold(pending.documentId(), pending.language());
                return null;
            });
        }
    }

    private static Translation fresh(Document document, LanguageTag language) {
        List<Unit> units = document.segments().stream()
                .map(segment -> Unit.initial(segment.id(), List.of(segment.id())))
                .toList();
        return new Translation(document.id(), language.tag(), units);
    }

    private static String key(String documentId, String language) {
        return documentId + "/" + language;
    }
}
