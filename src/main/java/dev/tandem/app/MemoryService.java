package dev.tandem.app;

import dev.tandem.model.ConcordanceHit;
import dev.tandem.model.Match;
import dev.tandem.model.MatchQuery;
import dev.tandem.model.MemoryEntry;
import dev.tandem.memory.TranslationMemory;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.ReferenceMemory;
import dev.tandem.store.ReferenceMemories;
import dev.tandem.store.DocumentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The translation memory of the store: opened on first use under {@code <store>/.tandem/memory-index}
 * (derived data, ignored by git), brought up to date then with whatever changed while it was closed
 * (groups whose stamp differs are re-read, nothing else), and kept current on every save, merge,
 * split, import and alignment. Reference memories (TMX files) are kept by the store itself.
 */
public final class MemoryService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryService.class);
    static final String INDEX_FOLDER = ".tandem";
    private static final long COMMIT_EVERY_MILLIS = 5_000;
    private static final int EDITED_KEPT = 16;
    /** One place for the concordance limit the editor and the CLI show. */
    public static final int CONCORDANCE_LIMIT = 50;

    private final Path dataRoot;
    private final DocumentStore store;
    private final ReferenceMemories references;
    private final ReferenceFiles files;
    private final Pretranslation.Saver saver;
    private TranslationMemory memory;
    /** Writes the saves' index changes to disk every few seconds, off the saving threads (a commit fsyncs files). */
    private ScheduledExecutorService committer;
    private final AtomicBoolean uncommitted = new AtomicBoolean();
    /** The translations saved into lately (a few, the least recent dropped): a save then costs only its unit. */
    private final Map<String, EditedTranslation> editing = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EditedTranslation> eldest) {
            return size() > EDITED_KEPT;
        }
    };

    MemoryService(Path dataRoot, DocumentStore store, Clock clock, TranslationEvents events, Pretranslation.Saver saver) {
        this.dataRoot = dataRoot;
        this.store = store;
        this.saver = saver;
        this.references = store.referenceMemories();
        this.files = new ReferenceFiles(clock);
        events.subscribeAll(this::changed);
        events.subscribeDocuments(this::documentChanged);
        events.subscribeReferenceMemories(this::referencesChanged);
    }

    // ---- lookups ----

    /** The best matches for one unit of a document, with its neighbours as context; the unit itself excluded. */
    public List<Match> matches(String documentId, LanguageTag language, String unitId, int minimum, int limit) {
        Document document = store.requireDocument(DocumentId.validate(documentId));
        Translation translation = store.translation(document.id(), language);
        Map<String, String> texts = document.segmentTexts();
        int index = indexOf(translation, unitId);
        Unit unit = translation.units().get(index);
        return memory().matches(query(document, translation, texts, index, minimum, limit)
                .withCodes(document.sourceCoded(unit).codes())
                .excluding(Set.of(StoreEntries.key(document.id(), language.tag(), unit.id()))));
    }

    /** The best matches for any sentence. */
    public List<Match> matches(String source, LanguageTag from, LanguageTag to, int minimum, int limit) {
        return memory().matches(new MatchQuery(source, null, null, from.tag(), to.tag(), minimum, limit, Set.of()));
    }

    static MatchQuery query(Document document, Translation translation, Map<String, String> texts, int index, int minimum, int limit) {
        Unit unit = translation.units().get(index);
        return new MatchQuery(unit.sourceText(texts::get), StoreEntries.neighbour(translation, texts, index - 1),
                StoreEntries.neighbour(translation, texts, index + 1), document.sourceLanguage(), translation.language(),
                minimum, limit, Set.of());
    }

    /** Memory entries holding a word or phrase in their source or target (case and accents ignored). */
    public List<ConcordanceHit> concordance(String phrase, LanguageTag from, LanguageTag to) {
        if (phrase == null || phrase.isBlank()) {
            throw TandemException.badInput("say what to search for");
        }
        if (phrase.length() > 500) {
            throw TandemException.badInput("a concordance search is at most 500 characters");
        }
        return memory().concordance(phrase, from == null ? null : from.tag(), to == null ? null : to.tag(), CONCORDANCE_LIMIT);
    }

    // ---- pre-translation, analysis, repetitions ----

    /**
     * Fills the untouched units of a translation from the memory (see {@link Pretranslation});
     * {@code onceTmx} are TMX files used for this run only.
     */
    public PretranslationReport pretranslate(String documentId, LanguageTag language, int minimum, List<Path> onceTmx) {
        if (minimum < 1 || minimum > 101) {
            throw TandemException.badInput("--min is a match score from 1 to 101");
        }
        Document document = store.requireDocument(DocumentId.validate(documentId));
        requireTarget(document, language);
        List<String> onceGroups = new ArrayList<>();
        TranslationMemory tm = memory();
        try {
            for (Path file : onceTmx) {
                List<MemoryEntry> entries = files.once(file, LanguageTag.of(document.sourceLanguage()), language);
                String group = "once/" + onceGroups.size();
                synchronized (this) {
                    tm.replaceGroup(group, "once", entries.stream().map(entry -> entry.regrouped(group + "/" + entry.key(), group)).toList());
                }
                onceGroups.add(group);
            }
            return Pretranslation.run(tm, document, store.addLanguage(document.id(), language), minimum, saver);
        } finally {
            synchronized (this) {
                onceGroups.forEach(tm::removeGroup);
                commitNow();
            }
        }
    }

    /** Words by match band for one document, or for every document of the store ({@code documentId} null). */
    public Map<String, Object> analyze(String documentId, LanguageTag language) {
        List<Document> documents = documentId == null ? store.documents()
                : List.of(store.requireDocument(DocumentId.validate(documentId)));
        if (documentId != null) {
            requireTarget(documents.get(0), language);
        }
        TranslationMemory tm = memory();
        List<MatchAnalysis.DocumentAnalysis> analyses = new ArrayList<>();
        for (Document document : documents) {
            if (!document.sourceLanguage().equalsIgnoreCase(language.tag())) {
                analyses.add(MatchAnalysis.analyze(tm, document, store.translation(document.id(), language)));
            }
        }
        return MatchAnalysis.toJson(language.tag(), analyses);
    }

    /** The other occurrences of a unit's sentence in the store, in the same target language. */
    public List<Repetition> repetitions(String documentId, LanguageTag language, String unitId) {
        return Repetitions.of(store, DocumentId.validate(documentId), language, unitId);
    }

    /** Gives the named repetitions the unit's translation, each a normal save at the revision the caller saw. */
    public PropagationReport propagate(String documentId, LanguageTag language, String unitId, List<Repetition> targets, String by) {
        return Repetitions.propagate(store, saver, DocumentId.validate(documentId), language, unitId, targets, by);
    }

    private static void requireTarget(Document document, LanguageTag language) {
        if (document.sourceLanguage().equalsIgnoreCase(language.tag())) {
            throw TandemException.badInput("the target language must differ from the source language (" + language + ")");
        }
    }

    // ---- reference memories ----

    public List<ReferenceMemory> references() {
        return references.list();
    }

    /**
     * Adds a TMX file as a reference memory (replacing one of the same name). Languages default to
     * the ones the file declares.
     */
    public ReferenceMemory addReference(Path file, int penalty, LanguageTag from, LanguageTag to) {
        return addReference(ReferenceFiles.content(file), file.getFileName().toString(), penalty, from, to);
    }

    /** The same for a file's content (an upload); its name names the memory. */
    public ReferenceMemory addReference(byte[] content, String fileName, int penalty, LanguageTag from, LanguageTag to) {
        ReferenceFiles.Read tmx = files.read(content, fileName, penalty, from, to);
        ReferenceMemory reference = tmx.reference();
        references.add(reference, content);
        if (memory != null) {
            synchronized (this) {
                memory.replaceGroup(ReferenceFiles.group(reference.name()), ReferenceFiles.stamp(reference),
                        ReferenceFiles.entries(reference, tmx.units()));
                memory.commit();
            }
        }
        return reference;
    }

    public void removeReference(String name) {
        ReferenceMemory reference = references.find(name)
                .orElseThrow(() -> TandemException.notFound("no reference memory " + name + " (see tm list)"));
        references.remove(reference);
        if (memory != null) {
            synchronized (this) {
                memory.removeGroup(ReferenceFiles.group(name));
                memory.commit();
            }
        }
    }

    /** The memory, opened and brought up to date on first use. */
    synchronized TranslationMemory memory() {
        if (memory == null) {
            Path folder = dataRoot.resolve(INDEX_FOLDER);
            ignoredByGit(folder);
            memory = TranslationMemory.open(folder.resolve("memory-index"));
            synchronize();
        }
        return memory;
    }

    /** Re-reads the groups whose content changed since they were indexed and drops the ones that are gone. */
    private void synchronize() {
        Map<String, String> indexed = new HashMap<>(memory.stamps());
        for (Document document : store.documents()) {
            for (LanguageTag language : store.languages(document.id())) {
                Translation translation = store.translation(document.id(), language);
                String group = StoreEntries.group(document.id(), language.tag());
                String stamp = StoreEntries.stamp(document, translation);
                if (!stamp.equals(indexed.remove(group))) {
                    memory.replaceGroup(group, stamp, StoreEntries.entries(document, translation));
                }
            }
        }
        indexReferences(indexed);
        indexed.keySet().forEach(memory::removeGroup);
        memory.commit();
        TranslationMemory opened = memory;
        committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tandem-memory-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(() -> commitSaves(opened), COMMIT_EVERY_MILLIS, COMMIT_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The index is thread-safe: a commit takes in every change made before it, while saves go on. */
    private void commitSaves(TranslationMemory opened) {
        if (uncommitted.getAndSet(false)) {
            try {
                opened.commit();
            } catch (RuntimeException e) {
                uncommitted.set(true);
                LOG.warn("translation memory not written to disk; trying again shortly", e);
            }
        }
    }

    /** Indexes the reference memories whose stamp is not in {@code indexed}, removing from it those that are current. */
    private void indexReferences(Map<String, String> indexed) {
        for (ReferenceMemory reference : references.list()) {
            String group = ReferenceFiles.group(reference.name());
            String stamp = ReferenceFiles.stamp(reference);
            if (!stamp.equals(indexed.remove(group))) {
                memory.replaceGroup(group, stamp, ReferenceFiles.entries(reference, files.units(reference, references.content(reference))));
            }
        }
    }

    /** Another server added or removed a reference memory: this index follows (once it is open at all). */
    private void referencesChanged() {
        if (memory == null) {
            return;
        }
        synchronized (this) {
            Map<String, String> indexed = new HashMap<>();
            memory.stamps().forEach((group, stamp) -> {
                if (ReferenceFiles.isGroup(group)) {
                    indexed.put(group, stamp);
                }
            });
            indexReferences(indexed);
            indexed.keySet().forEach(memory::removeGroup);
            memory.commit();
        }
    }

    /** A document was imported again (its sentences may have changed) or deleted. */
    void documentChanged(String documentId) {
        if (memory == null) {
            return;
        }
        synchronized (this) {
            memory.stamps().keySet().stream().filter(group -> group.startsWith(StoreEntries.group(documentId, "")))
                    .forEach(memory::removeGroup);
            editing.keySet().removeIf(group -> group.startsWith(StoreEntries.group(documentId, "")));
            if (store.document(documentId).isPresent()) {
                Document document = store.requireDocument(documentId);
                for (LanguageTag language : store.languages(documentId)) {
                    reindex(document, store.translation(documentId, language));
                }
            }
            commitNow();
        }
    }

    private void changed(TranslationEvents.Change change) {
        if (memory == null) {
            return; // brought up to date when it is first opened
        }
        try {
            synchronized (this) {
                Document document = store.requireDocument(change.document());
                Translation translation = store.translation(document.id(), LanguageTag.of(change.language()));
                String group = StoreEntries.group(document.id(), change.language());
                if (change.kind() == TranslationEvents.Change.Kind.SAVED && change.unit() != null) {
                    // only the saved unit: its entry, and the group's stamp updated from its hash
                    String unitId = change.unit().id();
                    EditedTranslation edited = editing.get(group);
                    if (edited == null || !edited.fits(document, translation, unitId)) {
                        indexOf(translation, unitId);
                        edited = new EditedTranslation(document, translation);
                        editing.put(group, edited);
                    }
                    EditedTranslation.Saved saved = edited.saved(translation, unitId);
                    saved.entry().ifPresentOrElse(entry -> memory.put(entry, saved.stamp()),
                            () -> memory.remove(StoreEntries.key(document.id(), change.language(), unitId), group, saved.stamp()));
                } else {
                    editing.remove(group);
                    reindex(document, translation);
                }
                uncommitted.set(true);
            }
        } catch (RuntimeException e) {
            // The save itself is written; the memory catches up from the stamps when next opened.
            LOG.warn("translation memory not updated after a change to {}/{}", change.document(), change.language(), e);
        }
    }

    private void reindex(Document document, Translation translation) {
        memory.replaceGroup(StoreEntries.group(document.id(), translation.language()), StoreEntries.stamp(document, translation),
                StoreEntries.entries(document, translation));
    }

    private void commitNow() {
        memory.commit();
    }

    /** Writes the index and its stamps; the next start has nothing to catch up with. */
    @Override
    public synchronized void close() {
        if (committer != null) {
            committer.shutdown(); // not shutdownNow: an interrupt closes the index's open files under Lucene
            try {
                committer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            committer = null;
        }
        if (memory != null) {
            memory.close();
            memory = null;
            editing.clear();
        }
    }

    static int indexOf(Translation translation, String unitId) {
        for (int i = 0; i < translation.units().size(); i++) {
            if (translation.units().get(i).id().equals(unitId)) {
                return i;
            }
        }
        throw TandemException.notFound("no unit " + unitId + " in " + translation.document());
    }

    private static void ignoredByGit(Path folder) {
        try {
            Files.createDirectories(folder);
            Path ignore = folder.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# derived data (the translation memory index), rebuilt from the store\n*\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
