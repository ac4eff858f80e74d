package dev.tandem.app;

import dev.tandem.exchange.BilingualExporter;
import dev.tandem.exchange.BilingualFile;
import dev.tandem.exchange.BilingualImporter;
import dev.tandem.exchange.BilingualReader;
import dev.tandem.exchange.ExchangeFormat;
import dev.tandem.exchange.ExportOptions;
import dev.tandem.exchange.ExportResult;
import dev.tandem.exchange.ImportOptions;
import dev.tandem.exchange.ImportReport;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.store.TranslationStore;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The exchange verbs of {@link Workbench}: export a translation, fill one from a bilingual file. */
final class Exchanges {

    private final TranslationStore store;
    private final Clock clock;
    private final BilingualExporter exporter;
    private final BilingualReader reader = new BilingualReader();
    private final BilingualImporter importer = new BilingualImporter();

    Exchanges(TranslationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        String version = Exchanges.class.getPackage().getImplementationVersion();
        this.exporter = new BilingualExporter(version == null ? "dev" : version);
    }

    ExportResult export(Document document, Translation translation, ExchangeFormat format, ExportOptions options) {
        return exporter.export(document, translation, format, options, clock.instant());
    }

    /**
     * The file is read and checked completely before anything is written; the change is applied
     * under the store's lock for the language, so editor saves made meanwhile are not lost.
     */
    ImportReport importBilingual(Document document, LanguageTag language, byte[] content, String fileName,
                                 ImportOptions options, Consumer<LanguageTag> checkTarget) {
        BilingualFile file = reader.read(content, fileName, document.sourceLanguage(), language == null ? null : language.tag());
        LanguageTag target = language != null ? language : declaredTarget(file, fileName);
        checkTarget.accept(target);
        AtomicReference<ImportReport> report = new AtomicReference<>();
        store.update(document.id(), target, current -> {
            BilingualImporter.Outcome outcome = importer.apply(document, current, file, options, clock.instant());
            if (outcome.report().units() > 0 && outcome.report().matched() == 0) {
                // thrown before anything is written: the file translates another document
                throw TandemException.badInput(fileName + ": none of its " + outcome.report().units()
                        + " units matched a sentence of " + document.id() + "; the file is for another document");
            }
            report.set(outcome.report());
            return outcome.translation();
        });
        return report.get();
    }

    private static LanguageTag declaredTarget(BilingualFile file, String fileName) {
        if (file.targetLanguage() == null) {
            throw TandemException.badInput(fileName + ": the file does not declare its target language; choose it (e.g. --to fr)");
        }
        return LanguageTag.of(file.targetLanguage());
    }
}
