package dev.tandem.app;

import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Term;
import dev.tandem.model.Unit;
import dev.tandem.qa.TranslationCorpus;
import dev.tandem.store.DocumentStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's translated units per language pair, for the consistency and length checks. Read
 * from the store once per pair, then kept current by the translation events: a save replaces one
 * entry, merging or splitting units reloads that document's translation, a re-import or deletion
 * drops the document until the next check reads it again. Documents and languages that appear or
 * go without an event (a language added or removed) are noticed on each check by comparing the
 * pair's documents with the store's list of every document's languages, which the stores keep in
 * memory while it does not change: a pass over the documents in memory, no file and no query each.
 */
final class QaCorpora {

    /** One pair's corpus and the documents whose units it holds. */
    private record Pair(String sourceLanguage, LanguageTag target, TranslationCorpus corpus, Set<String> documents) {
    }

    private final DocumentStore store;
    private final Map<String, Pair> pairs = new HashMap<>();
    private final Object lock = new Object();

    QaCorpora(DocumentStore store, TranslationEvents events) {
        this.store = store;
        events.subscribeAll(this::changed);
        events.subscribeDocuments(this::documentChanged);
    }

    /** The translated units of every document with this document's source language and {@code target}. */
    TranslationCorpus corpus(Document document, LanguageTag target) {
        String source = Term.primary(document.sourceLanguage());
        // Asked before the lock: the other saves' checks need not wait for a database's answers.
        Map<String, List<LanguageTag>> languages = store.languagesOfEveryDocument();
        List<Document> documents = store.documents();
        synchronized (lock) {
            Pair pair = pairs.computeIfAbsent(source + "|" + target.tag(),
                    key -> new Pair(source, target, TranslationCorpus.empty(), new HashSet<>()));
            Set<String> current = new HashSet<>();
            for (Document other : documents) {
                if (belongs(pair, other, languages.getOrDefault(other.id(), List.of()))) {
                    current.add(other.id());
                    if (!pair.documents().contains(other.id())) {
                        load(pair, other);
                    }
                }
            }
            for (String gone : List.copyOf(pair.documents())) {
                if (!current.contains(gone)) {
                    pair.corpus().removeDocument(gone);
                    pair.documents().remove(gone);
                }
            }
            return pair.corpus();
        }
    }

    private void changed(TranslationEvents.Change change) {
        Document document = store.document(change.document()).orElse(null);
        synchronized (lock) {
            for (Pair pair : pairs.values()) {
                if (!pair.target().tag().equals(change.language()) || !pair.documents().contains(change.document())) {
                    continue;
                }
                if (document == null) {
                    forget(pair, change.document());
                } else if (change.kind() == TranslationEvents.Change.Kind.SAVED && change.unit() != null) {
                    pair.corpus().put(entry(document, change.unit()));
                } else {
                    pair.corpus().removeDocument(document.id());
                    load(pair, document);
                }
            }
        }
    }

    private void documentChanged(String documentId) {
        synchronized (lock) {
            pairs.values().forEach(pair -> forget(pair, documentId));
        }
    }

    private static void forget(Pair pair, String documentId) {
        pair.corpus().removeDocument(documentId);
        pair.documents().remove(documentId);
    }

    private static boolean belongs(Pair pair, Document document, List<LanguageTag> languages) {
        return Term.primary(document.sourceLanguage()).equals(pair.sourceLanguage()) && languages.contains(pair.target());
    }

    private void load(Pair pair, Document document) {
        Map<String, String> texts = document.segmentTexts();
        for (Unit unit : store.translation(document.id(), pair.target()).units()) {
            if (unit.hasTarget()) {
                pair.corpus().put(new TranslationCorpus.Entry(document.id(), unit.id(), unit.sourceText(texts::get), unit.target()));
            }
        }
        pair.documents().add(document.id());
    }

    /** A saved unit's entry: its sentences looked up alone, without a map of the whole document. */
    private static TranslationCorpus.Entry entry(Document document, Unit unit) {
        Map<String, String> texts = document.segmentTexts(unit.sources());
        return new TranslationCorpus.Entry(document.id(), unit.id(), unit.sourceText(texts::get), unit.hasTarget() ? unit.target() : "");
    }
}
