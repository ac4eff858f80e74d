package dev.tandem.app;

import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.qa.GlossaryEvidence;
import dev.tandem.store.StoredJson;
import dev.tandem.store.DocumentStore;
import dev.tandem.terms.Glossary;
import dev.tandem.terms.GlossaryCsv;
import dev.tandem.terms.TbxReader;
import dev.tandem.terms.TbxWriter;
import dev.tandem.terms.TermMatch;
import dev.tandem.terms.TermRecognizer;
import dev.tandem.terms.WordStemmer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The glossary verbs: import and export TBX/CSV/TSV, list, add and remove terms, and the terms found
 * in a unit. The store keeps the glossary ({@code glossary.json} in a JSON store, a row of the
 * database); the parsed copy here is read again when another server of the database changed it.
 */
public final class Glossaries {

    /** Glossary files larger than this are refused (a termbase of a few hundred thousand entries). */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final StoredJson<Glossary> file;
    private final DocumentStore store;
    private final TermRecognizer recognizer = new TermRecognizer(new WordStemmer());
    private final Map<String, TermRecognizer.TermIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, GlossaryEvidence> evidence = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private volatile Loaded loaded;

    /** The glossary as read, and the store's version of it then. */
    private record Loaded(String version, Glossary glossary) {
    }

    Glossaries(StoredJson<Glossary> file, DocumentStore store) {
        this.file = file;
        this.store = store;
    }

    /** The terms, all of them or those of one pair ({@code from}/{@code to} null: any). */
    public List<Term> list(LanguageTag from, LanguageTag to) {
        return glossary().terms().stream()
                .filter(term -> from == null || Term.sameLanguage(term.sourceLanguage(), from.tag()))
                .filter(term -> to == null || Term.sameLanguage(term.targetLanguage(), to.tag()))
                .toList();
    }

    public List<Term> importFile(Path path, LanguageTag from, LanguageTag to, String document) {
        return importContent(FileInput.read(path, MAX_BYTES), path.getFileName().toString(), from, to, document);
    }

    /**
     * Adds the terms of a TBX, CSV or TSV file; a term already there (same pair, source and target)
     * is updated rather than doubled. {@code document} non-null: the terms apply to that document only.
     */
    public List<Term> importContent(byte[] content, String fileName, LanguageTag from, LanguageTag to, String document) {
        String documentId = document == null ? null : store.requireDocument(DocumentId.validate(document)).id();
        String fromTag = from == null ? null : from.tag();
        String toTag = to == null ? null : to.tag();
        List<Term> read = switch (GlossaryFormat.ofFileName(fileName)) {
            case TBX -> new TbxReader().read(content, fileName, fromTag, toTag);
            case CSV -> new GlossaryCsv().read(content, ',', fileName, fromTag, toTag);
            case TSV -> new GlossaryCsv().read(content, '\t', fileName, fromTag, toTag);
        };
        List<Term> scoped = read.stream().map(term -> documentId == null ? term : new Term(term.id(), term.concept(),
                term.sourceLanguage(), term.targetLanguage(), term.source(), term.target(), term.partOfSpeech(), term.note(),
                term.status(), documentId)).toList();
        update(glossary -> glossary.merge(scoped));
        return scoped;
    }

    /** The glossary (or one pair of it) as a TBX, CSV or TSV file. */
    public byte[] export(GlossaryFormat format, LanguageTag from, LanguageTag to) {
        List<Term> terms = list(from, to);
        return switch (format) {
            case TBX -> new TbxWriter().write(terms);
            case CSV -> new GlossaryCsv().write(terms, ',');
            case TSV -> new GlossaryCsv().write(terms, '\t');
        };
    }

    /** Adds one term (from the editor: selected source and target text). */
    public Term add(LanguageTag from, LanguageTag to, String source, String target, String partOfSpeech, String note,
                    TermStatus status, String document) {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw TandemException.badInput("a term needs a source and a target");
        }
        if (source.length() > 500 || target.length() > 500) {
            throw TandemException.badInput("a term is at most 500 characters long");
        }
        Term term = new Term("new", null, from.tag(), to.tag(), source, target, partOfSpeech, note, status, document);
        Glossary merged = update(glossary -> glossary.merge(List.of(term)));
        return merged.terms().stream().filter(t -> t.source().equals(term.source()) && t.target().equals(term.target())
                && t.serves(from.tag(), to.tag(), document)).reduce((first, second) -> second).orElseThrow();
    }

    /**
     * Changes a term's translation, status, part of speech or note; a null field stays as it was, a
     * blank part of speech or note is cleared. The source side and the language pair stay.
     */
    public Term change(String termId, String target, TermStatus status, String partOfSpeech, String note) {
        if (target != null && target.isBlank()) {
            throw TandemException.badInput("a term needs a translation (delete the term instead)");
        }
        if (target != null && target.length() > 500 || note != null && note.length() > 2_000) {
            throw TandemException.badInput("a term is at most 500 characters long, its note 2,000");
        }
        Glossary changed = update(glossary -> {
            Term old = glossary.term(termId).orElseThrow(() -> TandemException.notFound("no term " + termId));
            Term term = new Term(old.id(), old.concept(), old.sourceLanguage(), old.targetLanguage(), old.source(),
                    target == null ? old.target() : target, partOfSpeech == null ? old.partOfSpeech() : partOfSpeech,
                    note == null ? old.note() : note, status == null ? old.status() : status, old.document());
            if (glossary.duplicates(term)) {
                throw TandemException.badInput("the glossary already has \"" + term.source() + "\" → \"" + term.target() + "\"");
            }
            return glossary.with(term);
        });
        return changed.term(termId).orElseThrow();
    }

    /** One term by id. */
    public Optional<Term> find(String termId) {
        return glossary().term(termId);
    }

    public void remove(String termId) {
        update(glossary -> {
            if (glossary.term(termId).isEmpty()) {
                throw TandemException.notFound("no term " + termId);
            }
            return glossary.without(termId);
        });
    }

    /** The glossary terms found in one unit's source, in text order. */
    public List<TermHint> hints(String documentId, LanguageTag language, String unitId) {
        Document document = store.requireDocument(DocumentId.validate(documentId));
        document.requireTarget(language);
        Translation translation = store.translation(document.id(), language);
        Unit unit = translation.unit(unitId).orElseThrow(() -> TandemException.notFound("no unit " + unitId));
        return find(document.id(), document.sourceLanguage(), language.tag(), document.sourceText(unit));
    }

    List<TermHint> find(String documentId, String from, String to, String source) {
        List<TermHint> hints = new ArrayList<>();
        for (TermMatch match : sourceIndex(documentId, from, to).find(source)) {
            hints.add(new TermHint(match.term(), match.start(), match.end(), match.text()));
        }
        return hints;
    }

    /** What the glossary says about units of a document, for the QA checks. */
    GlossaryEvidence evidence(String documentId, String from, String to) {
        List<Term> terms = glossary().forPair(from, to, documentId);
        if (terms.isEmpty()) {
            return GlossaryEvidence.NONE;
        }
        return evidence.computeIfAbsent(String.join("|", documentId, Term.primary(from), Term.primary(to)),
                key -> new GlossaryTermEvidence(terms, from, to, recognizer));
    }

    private TermRecognizer.TermIndex sourceIndex(String documentId, String from, String to) {
        return indexes.computeIfAbsent(String.join("|", documentId, Term.primary(from), Term.primary(to)),
                key -> recognizer.sourceIndex(glossary().forPair(from, to, documentId), from));
    }



    private Glossary glossary() {
        String version = file.version(); // before the read: a change in between makes the next call read again
        Loaded current = loaded;
        if (current == null || !current.version().equals(version)) {
            synchronized (lock) {
                current = loaded;
                if (current == null || !current.version().equals(version)) {
                    current = new Loaded(version, file.read().orElse(Glossary.empty()));
                    forgetIndexes(current);
                }
            }
        }
        return current.glossary();
    }

    private Glossary update(UnaryOperator<Glossary> change) {
        synchronized (lock) {
            Glossary changed = file.update(Glossary.empty(), change);
            // A store only this process writes keeps the result; a shared one is read again with its version.
            String version = file.version();
            forgetIndexes(version.isEmpty() ? new Loaded(version, changed) : null);
            return changed;
        }
    }

    private void forgetIndexes(Loaded glossary) {
        loaded = glossary;
        indexes.clear();
        evidence.clear();
    }
}
