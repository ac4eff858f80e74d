package dev.tandem.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.Document;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Progress;
import dev.tandem.model.SourceHash;
import dev.tandem.model.StaleSaveException;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
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
import java.util.function.UnaryOperator;

/**
 * Documents and their translations on disk. Reads are served from memory once loaded; every change
 * to a document's language goes through one lock per (document, language), is checked against the
 * unit's revision, and is written atomically before it becomes visible.
 */
public final class TranslationStore {

    private final DocumentFiles files;
    private final Clock clock;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final Map<String, Translation> translations = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final UnitReconciler reconciler = new UnitReconciler();
    private final UnitJoiner joiner = new UnitJoiner();
    private final StoreLock storeLock;
    private final HistoryLog historyLog;
    private final Path root;

    public TranslationStore(Path root, ObjectMapper mapper, AtomicFileWriter writer, Clock clock) {
        this.root = root;
        this.files = new DocumentFiles(root, mapper, writer);
        this.clock = clock;
        this.storeLock = new StoreLock(root, mapper, clock);
        this.historyLog = new HistoryLog(mapper, files);
        if (storeLock.tryOnce()) {
            try {
                recover();
            } finally {
                storeLock.releaseOnce();
            }
        }
    }

    /**
     * Makes this process the one writer of the store until {@link #close}: a server. A second call
     * updates what others are told (the server's address once it listens).
     *
     * @throws TandemException when another process holds the store
     */
    public void claim(String url) {
        if (storeLock.hold(url)) {
            recover();
        }
    }

    /** Lets go of the store. */
    public void close() {
        storeLock.close();
    }

    /** Runs a write under the store's process lock (held by a server, or taken for this write). */
    private <T> T writing(java.util.function.Supplier<T> write) {
        if (storeLock.acquire()) {
            recover();
        }
        try {
            return write.get();
        } finally {
            storeLock.release();
        }
    }

    private void writing(Runnable write) {
        writing(() -> {
            write.run();
            return null;
        });
    }

    /** What a crash can leave behind: temporary files of writes that never got renamed. */
    private void recover() {
        new StoreRecovery(root).removeTemporaryFiles();
    }

    public List<Document> documents() {
        return files.documentIds().stream().map(this::document).flatMap(Optional::stream).toList();
    }

    public Optional<Document> document(String documentId) {
        Document cached = documents.get(documentId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Document> read = files.readDocument(documentId);
        read.ifPresent(document -> documents.put(documentId, document));
        return read;
    }

    public Document requireDocument(String documentId) {
        return document(documentId).orElseThrow(() -> TandemException.notFound("no document " + documentId));
    }

    /**
     * Stores a document, replacing an earlier import of it: every target language is carried over
     * to the new sentences (unchanged sentences keep their units; changed ones are flagged).
     */
    public void importDocument(Document document) {
        writing(() -> importWithLock(document));
    }

    private void importWithLock(Document document) {
        Optional<Document> before = document(document.id());
        synchronized (lock(document.id(), "source")) {
            before.ifPresent(old -> {
                for (LanguageTag language : languages(document.id())) {
                    synchronized (lock(document.id(), language.tag())) {
                        write(reconciler.reconcile(old, document, translation(document.id(), language)));
                    }
                }
            });
            files.write(files.source(document.id()), document);
            documents.put(document.id(), document);
        }
    }

    public void deleteDocument(String documentId) {
        requireDocument(documentId);
        writing(() -> {
            synchronized (lock(documentId, "source")) {
                files.deleteFolder(documentId);
                documents.remove(documentId);
                translations.keySet().removeIf(key -> key.startsWith(documentId + "/"));
            }
        });
    }

    /** The target languages that have a file for this document. */
    public List<LanguageTag> languages(String documentId) {
        return files.languages(documentId);
    }

    /** The stored translation, or a fresh one of untranslated units (one per segment) if none is stored. */
    public Translation translation(String documentId, LanguageTag language) {
        String key = key(documentId, language);
        Translation cached = translations.get(key);
        if (cached != null) {
            return cached;
        }
        Document document = requireDocument(documentId);
        Translation read = files.read(files.translation(documentId, language), Translation.class)
                .orElseGet(() -> fresh(document, language));
        translations.put(key, read);
        return read;
    }

    /** Creates the language's file if it does not exist yet. */
    public Translation addLanguage(String documentId, LanguageTag language) {
        return update(documentId, language, UnaryOperator.identity());
    }

    /**
     * Saves a translator's edit of one unit.
     *
     * @throws StaleSaveException when the edit was based on an older revision than the stored one
     */
    public Unit save(String documentId, LanguageTag language, UnitEdit edit) {
        return writing(() -> saveWithLock(documentId, language, edit));
    }

    private Unit saveWithLock(String documentId, LanguageTag language, UnitEdit edit) {
        Document document = requireDocument(documentId);
        synchronized (lock(documentId, language.tag())) {
            Translation current = translation(documentId, language);
            Unit unit = current.unit(edit.unitId())
                    .orElseThrow(() -> TandemException.notFound("no unit " + edit.unitId() + " in " + documentId));
            if (unit.rev() != edit.baseRev()) {
                throw new StaleSaveException(unit, edit.baseRev());
            }
            Unit saved = new Unit(unit.id(), unit.sources(), edit.target(),
                    edit.status() == null ? unit.status() : edit.status(), unit.rev() + 1, clock.instant(),
                    edit.by(), SourceHash.of(document.sourceText(unit)), edit.note() == null ? unit.note() : edit.note());
            if (!saved.target().equals(unit.target()) && unit.hasTarget()) {
                appendHistory(documentId, language, unit);
            }
            write(replaceUnit(current, saved));
            return saved;
        }
    }

    /**
     * Applies a change to a whole translation (merge, split, alignment, import) under the
     * language's lock and writes the result.
     */
    public Translation update(String documentId, LanguageTag language, UnaryOperator<Translation> change) {
        requireDocument(documentId);
        return writing(() -> {
            synchronized (lock(documentId, language.tag())) {
                Translation before = translation(documentId, language);
                Translation changed = change.apply(before);
                keepReplacedTargets(documentId, language, before, changed);
                write(changed);
                return changed;
            }
        });
    }

    public Optional<AlignmentRecord> alignment(String documentId, LanguageTag language) {
        return files.read(files.alignment(documentId, language), AlignmentRecord.class);
    }

    /**
     * Stores an alignment and, under the same lock, the units derived from it; units are derived
     * from the translation as it is at that moment, so concurrent editor saves are not lost.
     */
    public Translation saveAlignment(AlignmentRecord alignment, UnaryOperator<Translation> unitsFromAlignment) {
        LanguageTag language = LanguageTag.of(alignment.language());
        requireDocument(alignment.document());
        return writing(() -> {
            synchronized (lock(alignment.document(), language.tag())) {
                Translation before = translation(alignment.document(), language);
                Translation changed = unitsFromAlignment.apply(before);
                keepReplacedTargets(alignment.document(), language, before, changed);
                files.write(files.alignment(alignment.document(), language), alignment);
                write(changed);
                return changed;
            }
        });
    }

    /**
     * Merges a unit with the one after it. Both revisions must be current, so nobody's save is
     * swallowed; both earlier targets go to the history.
     *
     * @throws StaleSaveException when either unit changed since the caller saw it
     */
    public Unit merge(String documentId, LanguageTag language, String unitId, long baseRev, long nextRev, String by) {
        Document document = requireDocument(documentId);
        Unit[] merged = new Unit[1];
        update(documentId, language, translation -> {
            List<Unit> units = new ArrayList<>(translation.units());
            int index = indexOf(units, unitId, documentId);
            if (index + 1 >= units.size()) {
                throw TandemException.badInput("unit " + unitId + " is the last one; there is nothing to merge it with");
            }
            Unit first = units.get(index);
            Unit next = units.get(index + 1);
            requireRevision(first, baseRev);
            requireRevision(next, nextRev);
            merged[0] = joiner.merge(document, language, first, next, by, clock.instant());
            units.set(index, merged[0]);
            units.remove(index + 1);
            return new Translation(translation.document(), translation.language(), units);
        });
        return merged[0];
    }

    /** Splits a merged unit into one unit per sentence; the merged target stays on the first. */
    public List<Unit> split(String documentId, LanguageTag language, String unitId, long baseRev, String by) {
        Document document = requireDocument(documentId);
        List<Unit> parts = new ArrayList<>();
        update(documentId, language, translation -> {
            List<Unit> units = new ArrayList<>(translation.units());
            int index = indexOf(units, unitId, documentId);
            Unit unit = units.get(index);
            requireRevision(unit, baseRev);
            parts.addAll(joiner.split(document, unit, by, clock.instant()));
            units.remove(index);
            units.addAll(index, parts);
            return new Translation(translation.document(), translation.language(), units);
        });
        return List.copyOf(parts);
    }

    /** Saves an earlier target from the unit's history as its current one (the replaced one joins the history). */
    public Unit restore(String documentId, LanguageTag language, String unitId, long historyRev, long baseRev, String by) {
        HistoryEntry entry = history(documentId, language, unitId).stream()
                .filter(candidate -> candidate.rev() == historyRev)
                .reduce((a, b) -> b)
                .orElseThrow(() -> TandemException.notFound("unit " + unitId + " has no revision " + historyRev + " in its history"));
        return save(documentId, language, new UnitEdit(unitId, baseRev, entry.target(), entry.status(), by, null));
    }

    private static int indexOf(List<Unit> units, String unitId, String documentId) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(unitId)) {
                return i;
            }
        }
        throw TandemException.notFound("no unit " + unitId + " in " + documentId);
    }

    private static void requireRevision(Unit unit, long baseRev) {
        if (unit.rev() != baseRev) {
            throw new StaleSaveException(unit, baseRev);
        }
    }

    public List<HistoryEntry> history(String documentId, LanguageTag language, String unitId) {
        return readHistory(documentId, language).getOrDefault(unitId, List.of());
    }

    /** The per-day progress snapshots of a translation; none before its first save. */
    public Progress progress(String documentId, LanguageTag language) {
        return files.read(files.progress(documentId, language), Progress.class)
                .orElseGet(() -> Progress.empty(documentId, language.tag()));
    }

    /**
     * Updates the progress snapshots under the language's lock, so the snapshot is taken of the
     * translation as it is between saves; writes only when something changed.
     */
    public void recordProgress(String documentId, LanguageTag language, UnaryOperator<Progress> change) {
        writing(() -> {
            synchronized (lock(documentId, language.tag())) {
                Progress before = progress(documentId, language);
                Progress after = change.apply(before);
                if (!after.equals(before)) {
                    files.write(files.progress(documentId, language), after);
                }
            }
        });
    }

    private void write(Translation translation) {
        LanguageTag language = LanguageTag.of(translation.language());
        files.write(files.translation(translation.document(), language), translation);
        translations.put(key(translation.document(), language), translation);
    }

    private void appendHistory(String documentId, LanguageTag language, Unit previous) {
        appendHistory(documentId, language, List.of(previous));
    }

    /** Whatever a whole-translation change (import, alignment, merge) replaces or removes stays restorable. */
    private void keepReplacedTargets(String documentId, LanguageTag language, Translation before, Translation after) {
        Map<String, String> targetsAfter = new HashMap<>();
        after.units().forEach(unit -> targetsAfter.put(unit.id(), unit.target()));
        List<Unit> replaced = before.units().stream()
                .filter(unit -> unit.hasTarget() && !unit.target().equals(targetsAfter.get(unit.id())))
                .toList();
        if (!replaced.isEmpty()) {
            appendHistory(documentId, language, replaced);
        }
    }

    private void appendHistory(String documentId, LanguageTag language, List<Unit> previous) {
        historyLog.append(files.history(documentId, language), files.legacyHistory(documentId, language), previous);
    }

    private Map<String, List<HistoryEntry>> readHistory(String documentId, LanguageTag language) {
        return historyLog.read(files.history(documentId, language), files.legacyHistory(documentId, language));
    }

    private static Translation replaceUnit(Translation translation, Unit replacement) {
        List<Unit> units = new ArrayList<>(translation.units());
        units.replaceAll(unit -> unit.id().equals(replacement.id()) ? replacement : unit);
        return new Translation(translation.document(), translation.language(), units);
    }

    private static Translation fresh(Document document, LanguageTag language) {
        List<Unit> units = document.segments().stream()
                .map(segment -> Unit.initial(segment.id(), List.of(segment.id())))
                .toList();
        return new Translation(document.id(), language.tag(), units);
    }

    private Object lock(String documentId, String language) {
        return locks.computeIfAbsent(documentId + "/" + language, k -> new Object());
    }

    private static String key(String documentId, LanguageTag language) {
        return documentId + "/" + language.tag();
    }
}
