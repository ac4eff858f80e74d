package dev.tandem.app;

import dev.tandem.model.Article;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Origin;
import dev.tandem.model.SourceHash;
import dev.tandem.model.TandemException;
import dev.tandem.store.DocumentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The document verbs: import an article (or the seeds), list, open, re-split and delete documents. */
public final class Documents {

    /** Seeds ship with the project; the seed article is English and plain text declares no language. */
    private static final LanguageTag SEED_LANGUAGE = LanguageTag.of("en");

    private final DocumentStore store;
    private final Pipeline pipeline;
    private final CoverageReporter coverage;
    private final TranslationEvents events;
    private final Clock clock;
    private final ImportRefusals refusals;

    Documents(DocumentStore store, Pipeline pipeline, CoverageReporter coverage, TranslationEvents events, Clock clock) {
        this.store = store;
        this.pipeline = pipeline;
        this.coverage = coverage;
        this.events = events;
        this.clock = clock;
        this.refusals = new ImportRefusals(store);
    }

    /**
     * Imports a file as a new document. The id defaults to a slug of the file name; the language to
     * the one the file declares. Importing the same content again changes nothing; another file
     * whose id is taken is refused ({@link DocumentExists}) unless {@code replace}, and a bilingual
     * file is refused ({@link BilingualFileRefused}): it fills a translation, it is not an article.
     */
    public Document importFile(Path file, LanguageTag language, String id) {
        return importFile(file, language, id, false);
    }

    /**
     * The same; with {@code replace}, a file whose id is taken becomes that document's new version:
     * the translations of unchanged sentences are kept, changed ones flagged "source changed".
     */
    public Document importFile(Path file, LanguageTag language, String id, boolean replace) {
        return importArticle(file, language, id, replace).document();
    }

    /** The same, with a note for the user when the language was detected rather than declared. */
    public ArticleImport importArticle(Path file, LanguageTag language, String id, boolean replace) {
        return importContent(pipeline.read(file), file.getFileName().toString(), language, null, id, replace);
    }

    public Document importContent(byte[] content, String fileName, LanguageTag language, String id) {
        return importContent(content, fileName, language, null, id, false).document();
    }

    public Document importContent(byte[] content, String fileName, LanguageTag language, String id, boolean replace) {
        return importContent(content, fileName, language, null, id, replace).document();
    }

    /**
     * What importing this content under {@code id} (null: from the file name) would collide with:
     * empty when the id is free or holds this very content.
     *
     * @throws BilingualFileRefused when the file is a bilingual file
     */
    public Optional<DocumentExists> collision(byte[] content, String fileName, String id) {
        refusals.refuseBilingual(content, fileName);
        String documentId = id == null ? DocumentId.slugOf(fileName) : DocumentId.validate(id);
        return store.document(documentId)
                .filter(existing -> existing.origin() == null || !SourceHash.sha256(content).equals(existing.origin().sha256()))
                .map(refusals::documentExists);
    }

    private ArticleImport importContent(byte[] content, String fileName, LanguageTag language, LanguageTag fallback, String id,
                                        boolean replace) {
        refusals.refuseBilingual(content, fileName);
        String documentId = id == null ? DocumentId.slugOf(fileName) : DocumentId.validate(id);
        String sha256 = SourceHash.sha256(content);
        Optional<Document> existing = store.document(documentId);
        if (existing.isPresent() && existing.get().origin() != null && sha256.equals(existing.get().origin().sha256())
                && (language == null || language.tag().equals(existing.get().sourceLanguage()))) {
            return new ArticleImport(existing.get(), null);
        }
        if (existing.isPresent() && !replace) {
            throw refusals.documentExists(existing.get());
        }
        Article article = pipeline.extract(content, fileName);
        if (article.blocks().isEmpty()) {
            throw TandemException.badInput(fileName + ": no text found in this file");
        }
        LanguageTag sourceLanguage = language != null ? language : declaredLanguage(article, fileName, fallback);
        Origin origin = new Origin(fileName, article.mediaType(), sha256, clock.instant());
        Document document = pipeline.documentBuilder().build(documentId, article, sourceLanguage, origin);
        store.importDocument(document);
        events.documentChanged(document.id());
        boolean detected = language == null && article.languageEvidence().declared() == null && article.language() != null;
        return new ArticleImport(document, detected
                ? "language not declared; detected " + sourceLanguage + "; use --lang to override" : null);
    }

    /**
     * Imports every file in {@code seeds} that is not imported yet (or changed since); English unless
     * declared. A seed never replaces a document imported from another file under the same id.
     */
    public List<Document> importSeeds(Path seeds) {
        if (!Files.isDirectory(seeds)) {
            return List.of();
        }
        List<Document> imported = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                Optional<Document> existing = store.document(DocumentId.slugOf(name));
                if (name.startsWith(".") || existing.isPresent() && (existing.get().origin() == null
                        || !name.equals(existing.get().origin().fileName()))) {
                    continue;
                }
                imported.add(importContent(pipeline.read(file), name, null, SEED_LANGUAGE, null, true).document());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imported;
    }

    public List<DocumentSummary> list() {
        Map<String, List<LanguageTag>> languages = store.languagesOfEveryDocument();
        return store.documents().stream()
                .map(document -> new DocumentSummary(document.id(), document.title(), document.sourceLanguage(), document.segments().size(),
                        languages.getOrDefault(document.id(), List.of()).stream().map(LanguageTag::tag).toList()))
                .toList();
    }

    /** The target languages stored for a document. */
    public List<String> languages(String id) {
        return store.languages(document(id).id()).stream().map(LanguageTag::tag).toList();
    }

    public Document document(String id) {
        return store.requireDocument(DocumentId.validate(id));
    }

    /** Deletes a document with its translations; its coverage is no longer counted. */
    public void delete(String id) {
        String documentId = DocumentId.validate(id);
        store.deleteDocument(documentId);
        coverage.forget(documentId);
        events.documentChanged(documentId);
    }

    /**
     * Splits a document's stored blocks into sentences again with the rules in force. Units of
     * sentences that did not change keep their translations; changed ones are flagged.
     */
    public Document resegment(String id) {
        Document before = document(id);
        Document after = pipeline.documentBuilder().rebuild(before);
        store.importDocument(after);
        for (LanguageTag language : store.languages(after.id())) {
            events.publish(new TranslationEvents.Change(after.id(), language.tag(), TranslationEvents.Change.Kind.RESTRUCTURED, null, null));
        }
        return after;
    }

    private static LanguageTag declaredLanguage(Article article, String fileName, LanguageTag fallback) {
        if ((article.language() == null || article.language().isBlank()) && fallback != null) {
            return fallback;
        }
        if (article.language() == null || article.language().isBlank()) {
            String guess = article.languageEvidence().detected();
            throw TandemException.badInput(fileName + ": the language is not declared in the file"
                    + (guess == null ? " and its text is too short to tell" : " and its text is not clearly one language (perhaps " + guess + ")")
                    + "; choose it (e.g. --lang en)");
        }
        return LanguageTag.of(article.language());
    }
}
