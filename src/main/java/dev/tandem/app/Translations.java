package dev.tandem.app;

import dev.tandem.model.Comment;
import dev.tandem.model.DocumentId;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.model.UnitMerge;
import dev.tandem.model.UnitRestore;
import dev.tandem.model.UnitSplit;
import dev.tandem.store.DocumentStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The translation verbs: open a language, save a unit, merge, split, restore, and a unit's history.
 * Every change is recorded in the day's progress and published to live editors.
 */
public final class Translations {

    private final DocumentStore store;
    private final CoverageReporter coverage;
    private final TranslationEvents events;
    private final Clock clock;

    Translations(DocumentStore store, CoverageReporter coverage, TranslationEvents events, Clock clock) {
        this.store = store;
        this.coverage = coverage;
        this.events = events;
        this.clock = clock;
    }

    public Translation translation(String id, LanguageTag language) {
        return store.translation(target(id, language), language);
    }

    public Translation addLanguage(String id, LanguageTag language) {
        return store.addLanguage(target(id, language), language);
    }

    /** Takes a target language off a document; answers where its files went (see the store's trash). */
    public String removeLanguage(String id, LanguageTag language) {
        String documentId = DocumentId.validate(id);
        store.requireDocument(documentId);
        return store.removeLanguage(documentId, language);
    }

    public Unit save(String id, LanguageTag language, UnitEdit edit) {
        return saved(id, language, store.change(target(id, language), language,
                (document, current) -> current.save(document, edit, clock.instant())));
    }

    /** Merges a unit with the next one; both revisions must be the ones the translator saw. */
    public Unit merge(String id, LanguageTag language, UnitMerge merge) {
        Unit merged = store.change(target(id, language), language,
                (document, current) -> current.merge(document, merge, clock.instant()));
        restructured(id, language, merged, merge.by());
        return merged;
    }

    /** Splits a merged unit into one unit per sentence; the target stays on the first. */
    public List<Unit> split(String id, LanguageTag language, UnitSplit split) {
        List<Unit> parts = store.change(target(id, language), language,
                (document, current) -> current.split(document, split, clock.instant()));
        restructured(id, language, parts.get(0), split.by());
        return parts;
    }

    /** Makes an earlier target from the unit's history current again. */
    public Unit restore(String id, LanguageTag language, UnitRestore restore) {
        String documentId = target(id, language);
        List<HistoryEntry> history = store.history(documentId, language, restore.unitId());
        return saved(id, language, store.change(documentId, language,
                (document, current) -> current.restore(document, restore, history, clock.instant())));
    }

    /** The language's comments by unit id, each unit's in the order they were written. */
    public Map<String, List<Comment>> comments(String id, LanguageTag language) {
        return store.comments(target(id, language), language).stream()
                .collect(Collectors.groupingBy(Comment::unit, LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    public Comment addComment(String id, LanguageTag language, String unitId, String text, String by) {
        Comment added = store.addComment(target(id, language), language, unitId, text, by);
        commented(id, language, unitId);
        return added;
    }

    public Comment resolveComment(String id, LanguageTag language, String commentId, String by) {
        Comment resolved = store.resolveComment(target(id, language), language, commentId, by);
        commented(id, language, resolved.unit());
        return resolved;
    }

    /** The other editors of the translation show the unit's comments as they are now (the unit itself is unchanged). */
    private void commented(String id, LanguageTag language, String unitId) {
        store.translation(DocumentId.validate(id), language).unit(unitId).ifPresent(unit ->
                events.publish(new TranslationEvents.Change(id, language.tag(), TranslationEvents.Change.Kind.SAVED, unit, unit.by())));
    }

    public List<HistoryEntry> history(String id, LanguageTag language, String unitId) {
        return store.history(DocumentId.validate(id), language, unitId);
    }

    /** The document's id, once the language is known to be a possible target of it. */
    private String target(String id, LanguageTag language) {
        String documentId = DocumentId.validate(id);
        store.requireDocument(documentId).requireTarget(language);
        return documentId;
    }

    private Unit saved(String id, LanguageTag language, Unit unit) {
        coverage.recordProgress(id, language);
        events.publish(new TranslationEvents.Change(id, language.tag(), TranslationEvents.Change.Kind.SAVED, unit, unit.by()));
        return unit;
    }

    private void restructured(String id, LanguageTag language, Unit unit, String by) {
        coverage.recordProgress(id, language);
        events.publish(new TranslationEvents.Change(id, language.tag(), TranslationEvents.Change.Kind.RESTRUCTURED, unit, by));
    }
}
