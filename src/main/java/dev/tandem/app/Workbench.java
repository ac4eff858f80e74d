package dev.tandem.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.align.Aligner;
import dev.tandem.align.SentenceAligner;
import dev.tandem.exchange.BilingualReader;
import dev.tandem.exchange.ExchangeFormat;
import dev.tandem.exchange.ExportOptions;
import dev.tandem.exchange.ExportResult;
import dev.tandem.exchange.ImportOptions;
import dev.tandem.exchange.ImportReport;
import dev.tandem.extract.ArticleExtractor;
import dev.tandem.extract.ExtractionLimits;
import dev.tandem.model.Article;
import dev.tandem.model.ArticleBlock;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Origin;
import dev.tandem.model.Segment;
import dev.tandem.model.SourceHash;
import dev.tandem.model.TandemException;
import dev.tandem.model.TextSpan;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.normalize.ArticleNormalizer;
import dev.tandem.normalize.NormalizationOptions;
import dev.tandem.segment.SegmentationRules;
import dev.tandem.segment.SentenceSegmenter;
import dev.tandem.segment.SrxReader;
import dev.tandem.segment.SrxWriter;
import dev.tandem.store.AtomicFileWriter;
import dev.tandem.store.JsonMapperFactory;
import dev.tandem.store.TranslationStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The verbs of Tandem in one place: import an article, segment text, open and save translations.
 * Wires extraction, normalization, segmentation and the store; the CLI and the web layer call only
 * this class.
 */
public final class Workbench {

    /** The project's own segmentation rules, next to the documents. */
    public static final String PROJECT_RULES = "segmentation.srx";
    /** Seeds ship with the project; the seed article is English and plain text declares no language. */
    private static final LanguageTag SEED_LANGUAGE = LanguageTag.of("en");

    private final ArticleExtractor extractor;
    private final ArticleNormalizer normalizer;
    private final SentenceSegmenter segmenter;
    private final TranslationStore store;
    private final DocumentBuilder documents;
    private final Alignments alignments;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CoverageReporter coverage;
    private final TranslationEvents events = new TranslationEvents();
    private final Exchanges exchange;
    private final BilingualReader bilingualReader = new BilingualReader();

    public Workbench(ArticleExtractor extractor, ArticleNormalizer normalizer, SentenceSegmenter segmenter,
                     Aligner aligner, TranslationStore store, ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.extractor = extractor;
        this.normalizer = normalizer;
        this.segmenter = segmenter;
        this.store = store;
        this.documents = new DocumentBuilder(segmenter);
        this.clock = clock;
        this.coverage = new CoverageReporter(store, clock);
        this.alignments = new Alignments(aligner, store, coverage, events, clock);
        this.exchange = new Exchanges(store, clock);
    }

    /** A workbench over the store at {@code dataRoot} with the default stages. */
    public static Workbench open(Path dataRoot) {
        return open(dataRoot, Clock.systemUTC());
    }

    /** The same, with a given clock (for saves stamped on chosen days). */
    public static Workbench open(Path dataRoot, Clock clock) {
        return open(dataRoot, clock, null);
    }

    /**
     * A workbench whose segmentation follows the SRX file {@code srx}; without one, the project's
     * {@code <dataRoot>/segmentation.srx} when it exists, else the built-in rules.
     */
    public static Workbench open(Path dataRoot, Clock clock, Path srx) {
        ObjectMapper mapper = JsonMapperFactory.create();
        TranslationStore store = new TranslationStore(dataRoot, mapper, new AtomicFileWriter(), clock);
        Path rulesFile = srx != null ? srx : dataRoot.resolve(PROJECT_RULES);
        SegmentationRules rules = srx != null || Files.isRegularFile(rulesFile)
                ? new SrxReader().read(rulesFile) : SegmentationRules.none();
        return new Workbench(new ArticleExtractor(ExtractionLimits.defaults()), new ArticleNormalizer(),
                new SentenceSegmenter(rules), new SentenceAligner(), store, mapper, clock);
    }

    /** The segmentation rules in force: the project's own (from SRX) and all of them written as SRX 2.0. */
    public SegmentationRulesView segmentationRules() {
        return new SegmentationRulesView(segmenter.customRules(), new SrxWriter().write(segmenter.effectiveRules()));
    }

    /**
     * Splits a document's stored blocks into sentences again with the rules in force. Units of
     * sentences that did not change keep their translations; changed ones are flagged.
     */
    public Document resegment(String id) {
        Document before = document(id);
        Document after = documents.rebuild(before);
        store.importDocument(after);
        for (LanguageTag language : store.languages(id)) {
            events.publish(new TranslationEvents.Change(id, language.tag(), TranslationEvents.Change.Kind.RESTRUCTURED, null, null));
        }
        return after;
    }

    /** The one JSON configuration, for the web layer and for the CLI's {@code --json} output. */
    public ObjectMapper jsonMapper() {
        return mapper;
    }

    // ---- extraction and segmentation, without storing anything ----

    /** The normalized article of a file, as it would be imported. */
    public Article extract(Path file) {
        return extract(readFile(file), file.getFileName().toString());
    }

    /** The normalized article of a file, with photo captions and credits kept or left out. */
    public Article extract(Path file, boolean keepCaptions) {
        ArticleNormalizer chosen = keepCaptions ? normalizer : new ArticleNormalizer(new NormalizationOptions(false));
        return extract(readFile(file), file.getFileName().toString(), chosen);
    }

    public Article extract(byte[] content, String fileName) {
        return extract(content, fileName, normalizer);
    }

    private Article extract(byte[] content, String fileName, ArticleNormalizer articleNormalizer) {
        try (InputStream input = new ByteArrayInputStream(content)) {
            return articleNormalizer.normalize(extractor.extract(input, fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<TextSpan> segment(String text, LanguageTag language) {
        return segmenter.segment(text, language.tag());
    }

    /** The sentences of a file, through the same extraction, normalization and segmentation as an import. */
    public List<String> sentences(byte[] content, String fileName, LanguageTag language) {
        List<String> sentences = new ArrayList<>();
        for (ArticleBlock block : extract(content, fileName).blocks()) {
            segmenter.segment(block.text(), language.tag()).forEach(span -> sentences.add(span.of(block.text())));
        }
        return sentences;
    }

    /** The sentences of pasted text: paragraphs are separated by blank lines, as in a text file. */
    public List<String> sentences(String text, LanguageTag language) {
        return sentences(text.getBytes(StandardCharsets.UTF_8), "pasted.txt", language);
    }

    /** Aligning existing translations: the CLI's {@code align} and the review view. */
    public Alignments alignments() {
        return alignments;
    }

    // ---- documents ----

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
        return importContent(readFile(file), file.getFileName().toString(), language, null, id, replace);
    }

    public Document importContent(byte[] content, String fileName, LanguageTag language, String id) {
        return importContent(content, fileName, language, null, id, false);
    }

    public Document importContent(byte[] content, String fileName, LanguageTag language, String id, boolean replace) {
        return importContent(content, fileName, language, null, id, replace);
    }

    /**
     * What importing this content under {@code id} (null: from the file name) would collide with:
     * empty when the id is free or holds this very content.
     *
     * @throws BilingualFileRefused when the file is a bilingual file
     */
    public Optional<DocumentExists> collision(byte[] content, String fileName, String id) {
        refuseBilingual(content, fileName);
        String documentId = id == null ? DocumentId.slugOf(fileName) : DocumentId.validate(id);
        return store.document(documentId)
                .filter(existing -> existing.origin() == null || !SourceHash.sha256(content).equals(existing.origin().sha256()))
                .map(this::documentExists);
    }

    private Document importContent(byte[] content, String fileName, LanguageTag language, LanguageTag fallback, String id,
                                   boolean replace) {
        refuseBilingual(content, fileName);
        String documentId = id == null ? DocumentId.slugOf(fileName) : DocumentId.validate(id);
        String sha256 = SourceHash.sha256(content);
        Optional<Document> existing = store.document(documentId);
        if (existing.isPresent() && existing.get().origin() != null && sha256.equals(existing.get().origin().sha256())
                && (language == null || language.tag().equals(existing.get().sourceLanguage()))) {
            return existing.get();
        }
        if (existing.isPresent() && !replace) {
            throw documentExists(existing.get());
        }
        Article article = extract(content, fileName);
        if (article.blocks().isEmpty()) {
            throw TandemException.badInput(fileName + ": no text found in this file");
        }
        LanguageTag sourceLanguage = language != null ? language : declaredLanguage(article, fileName, fallback);
        Origin origin = new Origin(fileName, article.mediaType(), sha256, clock.instant());
        Document document = documents.build(documentId, article, sourceLanguage, origin);
        store.importDocument(document);
        return document;
    }

    private DocumentExists documentExists(Document existing) {
        Map<String, Integer> translated = new TreeMap<>();
        for (LanguageTag language : store.languages(existing.id())) {
            int count = (int) store.translation(existing.id(), language).units().stream().filter(Unit::hasTarget).count();
            translated.put(language.tag(), count);
        }
        String freeId = existing.id();
        for (int n = 2; store.document(freeId).isPresent(); n++) {
            freeId = DocumentId.validate(existing.id() + "-" + n);
        }
        return new DocumentExists(existing.id(), existing.title() == null ? existing.id() : existing.title(), translated, freeId);
    }

    private void refuseBilingual(byte[] content, String fileName) {
        bilingualReader.recognize(content, fileName).ifPresent(file -> {
            String document = null;
            int best = 0;
            for (Document candidate : store.documents()) {
                Set<String> ids = new HashSet<>(candidate.segments().stream().map(Segment::id).toList());
                int named = (int) file.units().stream().filter(unit -> unit.id() != null && ids.contains(unit.id())).count();
                if (named > best) {
                    best = named;
                    document = candidate.id();
                }
            }
            String language = file.targetLanguage();
            if (language == null && document != null && store.languages(document).size() == 1) {
                language = store.languages(document).get(0).tag();
            }
            throw new BilingualFileRefused(fileName, file.format().label().toUpperCase(Locale.ROOT), document, language);
        });
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
                imported.add(importContent(readFile(file), name, null, SEED_LANGUAGE, null, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imported;
    }

    public List<DocumentSummary> documents() {
        return store.documents().stream()
                .map(document -> new DocumentSummary(document.id(), document.title(), document.sourceLanguage(),
                        document.segments().size(), store.languages(document.id()).stream().map(LanguageTag::tag).toList()))
                .toList();
    }

    /** The target languages stored for a document. */
    public List<String> languages(String id) {
        return store.languages(document(id).id()).stream().map(LanguageTag::tag).toList();
    }

    public Document document(String id) {
        return store.requireDocument(DocumentId.validate(id));
    }

    public void deleteDocument(String id) {
        store.deleteDocument(DocumentId.validate(id));
    }

    // ---- translations ----

    public Translation translation(String id, LanguageTag language) {
        requireTargetDiffers(id, language);
        return store.translation(DocumentId.validate(id), language);
    }

    public Translation addLanguage(String id, LanguageTag language) {
        requireTargetDiffers(id, language);
        return store.addLanguage(DocumentId.validate(id), language);
    }

    public Unit save(String id, LanguageTag language, UnitEdit edit) {
        requireTargetDiffers(id, language);
        return saved(id, language, store.save(DocumentId.validate(id), language, edit));
    }

    /** Merges a unit with the next one; both revisions must be the ones the translator saw. */
    public Unit merge(String id, LanguageTag language, String unitId, long baseRev, long nextRev, String by) {
        requireTargetDiffers(id, language);
        Unit merged = store.merge(DocumentId.validate(id), language, unitId, baseRev, nextRev, by);
        coverage.recordProgress(id, language);
        events.publish(new TranslationEvents.Change(id, language.tag(), TranslationEvents.Change.Kind.RESTRUCTURED, merged, by));
        return merged;
    }

    /** Splits a merged unit into one unit per sentence; the target stays on the first. */
    public List<Unit> split(String id, LanguageTag language, String unitId, long baseRev, String by) {
        requireTargetDiffers(id, language);
        List<Unit> parts = store.split(DocumentId.validate(id), language, unitId, baseRev, by);
        coverage.recordProgress(id, language);
        events.publish(new TranslationEvents.Change(id, language.tag(), TranslationEvents.Change.Kind.RESTRUCTURED, parts.get(0), by));
        return parts;
    }

    /** Makes an earlier target from the unit's history current again. */
    public Unit restore(String id, LanguageTag language, String unitId, long historyRev, long baseRev, String by) {
        requireTargetDiffers(id, language);
        return saved(id, language, store.restore(DocumentId.validate(id), language, unitId, historyRev, baseRev, by));
    }

    /** Changes to translations as they happen, for live views. */
    public TranslationEvents events() {
        return events;
    }

    private Unit saved(String id, LanguageTag language, Unit unit) {
        coverage.recordProgress(id, language);
        events.publish(new TranslationEvents.Change(id, language.tag(), TranslationEvents.Change.Kind.SAVED, unit, unit.by()));
        return unit;
    }

    /** Coverage: counts by status, gates, progress per day. */
    public CoverageReporter coverage() {
        return coverage;
    }

    public List<HistoryEntry> history(String id, LanguageTag language, String unitId) {
        return store.history(DocumentId.validate(id), language, unitId);
    }

    // ---- bilingual exchange ----

    /** A translation as a bilingual file (TMX, XLIFF, CSV/TSV, HTML) or as the translated article (txt, md). */
    public ExportResult export(String id, LanguageTag language, ExchangeFormat format, ExportOptions options) {
        return exchange.export(document(id), translation(id, language), format, options);
    }

    /**
     * Fills a translation's targets from a bilingual file (TMX, XLIFF 1.2/2.x, CSV, TSV), under the
     * store's lock; {@code language} null: the one the file declares.
     */
    public ImportReport importBilingual(String id, LanguageTag language, byte[] content, String fileName, ImportOptions options) {
        ImportReport report = exchange.importBilingual(document(id), language, content, fileName, options,
                target -> requireTargetDiffers(id, target));
        if (report.filled() > 0) {
            LanguageTag target = LanguageTag.of(report.language());
            coverage.recordProgress(id, target);
            // open editors reload, as after a merge: many units changed at once
            events.publish(new TranslationEvents.Change(id, target.tag(), TranslationEvents.Change.Kind.RESTRUCTURED, null, options.by()));
        }
        return report;
    }

    private void requireTargetDiffers(String id, LanguageTag language) {
        if (document(id).sourceLanguage().equalsIgnoreCase(language.tag())) {
            throw TandemException.badInput("the target language must differ from the source language (" + language + ")");
        }
    }

    private static LanguageTag declaredLanguage(Article article, String fileName, LanguageTag fallback) {
        if ((article.language() == null || article.language().isBlank()) && fallback != null) {
            return fallback;
        }
        if (article.language() == null || article.language().isBlank()) {
            throw TandemException.badInput(fileName + ": the language is not declared in the file; choose it (e.g. --lang en)");
        }
        return LanguageTag.of(article.language());
    }

    private byte[] readFile(Path file) {
        try {
            long maxBytes = extractor.limits().maxBytes();
            if (Files.size(file) > maxBytes) {
                throw new TandemException(TandemException.Kind.TOO_LARGE,
                        file.getFileName() + ": larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw TandemException.notFound("no such file: " + file);
        } catch (IOException e) {
            throw TandemException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }
}
