package dev.tandem.store;

import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Progress;
import dev.tandem.model.SharedText;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Where documents and their translations live: the one interface the rest of Tandem uses, whatever
 * keeps the data (the JSON folder of {@link JsonFolderStore}; a database later). Every change is
 * all or nothing, is applied to the translation as it is at that moment (one writer at a time per
 * document and language), and keeps every target it replaces in the unit's history.
 */
public interface DocumentStore extends AutoCloseable {

    /** The project's glossary: {@code glossary.json} in a JSON store. */
    String GLOSSARY = "glossary.json";
    /** The small files of the project as a whole a store keeps (a {@code db import} moves them). */
    List<String> PROJECT_FILES = List.of(GLOSSARY);
    /** A translation's ignored QA findings: {@code <doc>/<lang>.qa.json} in a JSON store. */
    String IGNORED_FINDINGS = "qa";
    /** The small files of one translation a store keeps besides its units, history and comments. */
    List<String> TRANSLATION_FILES = List.of(IGNORED_FINDINGS);
    /** The sign-in accounts, when the team shares them: {@code DATA/.tandem/accounts.json} of each server otherwise. */
    String TEAM_ACCOUNTS = "accounts.json";
    /** The project's segmentation rules, when the team shares them: {@code DATA/segmentation.srx} otherwise. */
    String TEAM_SEGMENTATION_RULES = "segmentation.srx";
    /** The settings files servers sharing a store share with it. */
    List<String> TEAM_FILES = List.of(TEAM_ACCOUNTS, TEAM_SEGMENTATION_RULES);

    List<Document> documents();

    Optional<Document> document(String documentId);

    default Document requireDocument(String documentId) {
        return document(documentId).orElseThrow(() -> TandemException.notFound("no document " + documentId));
    }

    /**
     * Stores a document, replacing an earlier import of it: every target language is carried over
     * to the new sentences (unchanged sentences keep their units; changed ones are flagged), and the
     * source and all its languages change together or not at all.
     */
    void importDocument(Document document);

    void deleteDocument(String documentId);

    /** The target languages stored for this document. */
    List<LanguageTag> languages(String documentId);

    /** The target languages of every document at once (a database answers in one query), by document id. */
    default Map<String, List<LanguageTag>> languagesOfEveryDocument() {
        Map<String, List<LanguageTag>> languages = new HashMap<>();
        for (Document document : documents()) {
            languages.put(document.id(), languages(document.id()));
        }
        return languages;
    }

    /**
     * Takes a target language off a document: its files are kept aside (in the JSON folder, the
     * document's trash folder), not deleted.
     *
     * @return where the files went, for the user
     */
    String removeLanguage(String documentId, LanguageTag language);

    /** The language's comments on its units, in the order they were written. */
    List<Comment> comments(String documentId, LanguageTag language);

    Comment addComment(String documentId, LanguageTag language, String unitId, String text, String by);

    Comment resolveComment(String documentId, LanguageTag language, String commentId, String by);

    /** The stored translation, or a fresh one of untranslated units (one per segment) if none is stored. */
    Translation translation(String documentId, LanguageTag language);

    /** Stores the language if it is not stored yet. */
    default Translation addLanguage(String documentId, LanguageTag language) {
        return change(documentId, language, (document, current) -> new dev.tandem.model.Changed<>(current, current));
    }

    /**
     * The one way a translation changes: {@code change} gets the document and the translation as
     * they are now and returns the translation after it; the store keeps it (and the replaced
     * targets) and hands back the change's result.
     */
    <R> R change(String documentId, LanguageTag language, TranslationChange<R> change);

    /** Stores an alignment together with the units derived from it, as one change. */
    <R> R align(AlignmentRecord alignment, TranslationChange<R> change);

    Optional<AlignmentRecord> alignment(String documentId, LanguageTag language);

    /** Earlier targets of a unit, oldest first. */
    List<HistoryEntry> history(String documentId, LanguageTag language, String unitId);

    /** The per-day progress snapshots of a translation; none before its first save. */
    Progress progress(String documentId, LanguageTag language);

    /**
     * Updates the progress snapshots between changes of the translation; stores only what changed.
     * {@code change} gets the snapshots and the translation as they are now, read in the same turn.
     */
    void recordProgress(String documentId, LanguageTag language, BiFunction<Progress, Translation, Progress> change);

    /**
     * Makes this process a long-running writer of the store (a server at {@code url}). A store that
     * allows one writer refuses when another process holds it; others may accept several.
     *
     * @throws TandemException when another process holds the store
     */
    void claim(String url);

    /**
     * Registers a listener told of the changes other processes make to a store they share with this
     * one (servers on one database); closing the handle removes it. A store one process owns has none.
     */
    default AutoCloseable watch(java.util.function.Consumer<ChangeNotice> listener) {
        return () -> { };
    }

    /** A small file of the project as a whole (one of {@link #PROJECT_FILES}), read as {@code type}. */
    <T> StoredJson<T> projectFile(String name, Class<T> type);

    /**
     * A small file of one translation (one of {@link #TRANSLATION_FILES}), read as {@code type}: it
     * goes with the document, and with the language when that is removed.
     */
    <T> StoredJson<T> translationFile(String documentId, LanguageTag language, String name, Class<T> type);

    /**
     * A settings file (one of {@link #TEAM_FILES}) that every server sharing this store shares with
     * it; empty for a store one process owns, whose settings stay in that process's data folder.
     */
    default Optional<SharedText> teamFile(String name) {
        if (!TEAM_FILES.contains(name)) {
            throw new IllegalArgumentException("not a team file: " + name);
        }
        return Optional.empty();
    }

    /** The reference memories (TMX files) kept with the store. */
    ReferenceMemories referenceMemories();

    /** Finishes what is pending and lets go of the store. */
    @Override
    void close();
}
