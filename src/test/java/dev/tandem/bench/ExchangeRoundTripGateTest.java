package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.exchange.BilingualExporter;
import dev.tandem.exchange.BilingualFile;
import dev.tandem.exchange.BilingualImporter;
import dev.tandem.exchange.BilingualReader;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 10,000-sentence document of {@link ExchangeBenchmark} goes out in every bilingual format and
 * comes back into an empty translation with every target and status as it was.
 */
class ExchangeRoundTripGateTest {

    private static final int SENTENCES = 10_000;
    private static final Document DOCUMENT = ExchangeBenchmark.document(SENTENCES);
    private static final Translation TRANSLATED = ExchangeBenchmark.translated(DOCUMENT);

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"TMX", "XLIFF", "XLIFF12", "CSV", "TSV"})
    void tenThousandSentencesComeBackWhole(ExchangeFormat format) {
        ExportResult file = new BilingualExporter("gate").export(DOCUMENT, TRANSLATED, format, ExportOptions.defaults(),
                ExchangeBenchmark.NOW);
        Translation empty = new Translation(DOCUMENT.id(), "fr",
                TRANSLATED.units().stream().map(unit -> Unit.initial(unit.id(), unit.sources())).toList());
        BilingualFile read = new BilingualReader().read(file.content(), file.fileName(), "en", "fr");
        BilingualImporter.Outcome outcome = new BilingualImporter().apply(DOCUMENT, empty, read, ImportOptions.defaults(),
                ExchangeBenchmark.NOW);

        ImportReport report = outcome.report();
        assertEquals(SENTENCES, report.filled(), report.summary());
        assertEquals(0, report.unmatched(), report.summary());
        for (int i = 0; i < SENTENCES; i++) {
            Unit expected = TRANSLATED.units().get(i);
            Unit back = outcome.translation().units().get(i);
            assertEquals(expected.target(), back.target(), "target of " + expected.id());
            assertEquals(expected.status(), back.status(), "status of " + expected.id());
        }
    }
}
