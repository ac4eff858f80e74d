package dev.tandem.app;

import dev.tandem.exchange.BilingualExporter;
import dev.tandem.exchange.BilingualFile;
import dev.tandem.exchange.BilingualImporter;
import dev.tandem.exchange.BilingualReader;
import dev.tandem.model.Changed;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.store.DocumentStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The exchange verbs: export a translation as a bilingual file or article, fill one from a bilingual file. */
public final class Exchanges {

    private final DocumentStore store;
    private final CoverageReporter coverage;
    private final TranslationEvents events;
    private final Clock clock;
    private final BilingualExporter exporter;
    private final BilingualReader reader = new BilingualReader();
    private final BilingualImporter importer = new BilingualImporter();

    Exchanges(DocumentStore store, CoverageReporter coverage, TranslationEvents events, Clock clock) {
        this.store = store;
        this.coverage = coverage;
        this.events = events;
        this.clock = clock;
        String version = Exchanges.class.getPackage().getImplementationVersion();
        this.exporter = new BilingualExporter(version == null ? "dev" : version);
    }

    /** A translation as a bilingual file (TMX, XLIFF, CSV/TSV, HTML) or as the translated article (txt, md, HTML, DOCX). */
    public ExportResult export(String id, LanguageTag language, ExchangeFormat format, ExportOptions options) {
        Document document = store.requireDocument(DocumentId.validate(id));
        document.requireTarget(language);
        Map<String, List<Comment>> comments = store.comments(document.id(), language).stream()
                .collect(Collectors.groupingBy(Comment::unit));
        return exporter.export(document, store.translation(document.id(), language), comments, format, options, clock.instant());
    }

    /** The same as {@link #importBilingual(String, LanguageTag, byte[], String, ImportOptions)}, from a file. */
    public ImportReport importBilingual(String id, LanguageTag language, Path file, ImportOptions options) {
        return importBilingual(id, language, FileInput.read(file, BilingualReader.MAX_BYTES), file.getFileName().toString(), options);
    }

    /**
     * Fills a translation's targets from a bilingual file (TMX, XLIFF 1.2/2.x, CSV, TSV);
     * {@code language} null: the one the file declares. The file is read and checked completely
     * before anything is written; the change is applied under the store's lock for the language,
     * so editor saves made meanwhile are not lost.
     */
    public ImportReport importBilingual(String id, LanguageTag language, byte[] content, String fileName, ImportOptions options) {
        Document document = store.requireDocument(DocumentId.validate(id));
        BilingualFile file = reader.read(content, fileName, document.sourceLanguage(), language == null ? null : language.tag());
        LanguageTag target = language != null ? language : declaredTarget(file, fileName);
        document.requireTarget(target);
        ImportReport report = store.change(document.id(), target, (stored, current) -> {
            BilingualImporter.Outcome outcome = importer.apply(stored, current, file, options, clock.instant());
            if (outcome.report().units() > 0 && outcome.report().matched() == 0) {
                // thrown before anything is written: the file translates another document
                throw TandemException.badInput(fileName + ": none of its " + outcome.report().units()
                        + " units matched a sentence of " + document.id() + "; the file is for another document");
            }
            return new Changed<>(outcome.translation(), outcome.report());
        });
        if (report.filled() > 0) {
            coverage.recordProgress(document.id(), target);
            // open editors reload, as after a merge: many units changed at once
            events.publish(new TranslationEvents.Change(document.id(), target.tag(), TranslationEvents.Change.Kind.RESTRUCTURED,
                    null, options.by()));
        }
        return report;
    }

    private static LanguageTag declaredTarget(BilingualFile file, String fileName) {
        if (file.targetLanguage() == null) {
            throw TandemException.badInput(fileName + ": the file does not declare its target language; choose it (e.g. --to fr)");
        }
        return LanguageTag.of(file.targetLanguage());
    }
}
