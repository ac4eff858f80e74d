package dev.tandem.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.ImportReport;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export → import into a fresh store gives the same units back, for every bilingual format. */
class RoundTripTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"TMX", "XLIFF", "XLIFF12", "CSV", "TSV"})
    void exportedTranslationComesBackIdenticalInAFreshStore(ExchangeFormat format) {
        Workbench original = ExchangeFixture.workbench(first.resolve("data"));
        TrickyText.importInto(original, first);
        Translation translated = TrickyText.translate(original, ExchangeFixture.FRENCH);
        ExportResult exported = original.exchange().export("tricky", ExchangeFixture.FRENCH, format, ExportOptions.defaults());

        Workbench fresh = ExchangeFixture.workbench(second.resolve("data"));
        TrickyText.importInto(fresh, second);
        ImportReport report = fresh.exchange().importBilingual("tricky", ExchangeFixture.FRENCH, exported.content(), exported.fileName(),
                ImportOptions.defaults());

        assertEquals(TrickyText.TARGETS.size(), report.filled(), report.summary());
        assertEquals(0, report.unmatched(), report.summary());
        List<TrickyText.Comparable> expected = TrickyText.Comparable.of(translated);
        if (format == ExchangeFormat.CSV || format == ExchangeFormat.TSV) {
            // A spreadsheet cannot tell a draft from a target typed into it: a target under "initial"
            // that the store does not hold comes back translated.
            expected = expected.stream().map(unit -> unit.status() == Status.INITIAL && !unit.target().isEmpty()
                    ? new TrickyText.Comparable(unit.id(), unit.sources(), unit.target(), Status.TRANSLATED, unit.by(), unit.note())
                    : unit).toList();
        }
        assertEquals(expected, TrickyText.Comparable.of(fresh.translations().translation("tricky", ExchangeFixture.FRENCH)));
    }

    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"TMX", "XLIFF", "XLIFF12", "CSV", "TSV"})
    void mergedUnitComesBackWholeWithItsSegments(ExchangeFormat format) {
        Workbench workbench = ExchangeFixture.workbench(first);
        Document document = TrickyText.importInto(workbench, first);
        Translation empty = workbench.translations().translation("tricky", ExchangeFixture.FRENCH);
        Translation merged = TrickyText.withFirstTwoMerged(empty, "Deux phrases en une.");
        ExportResult exported = new BilingualExporter("test").export(document, merged, format, ExportOptions.defaults(),
                ExchangeFixture.NOW);

        BilingualFile file = new BilingualReader().read(exported.content(), exported.fileName(), "en", "fr");
        Translation mergedButEmpty = TrickyText.withFirstTwoMerged(empty, "");
        BilingualImporter.Outcome outcome = new BilingualImporter().apply(document, mergedButEmpty, file,
                ImportOptions.defaults(), Instant.EPOCH);

        assertEquals(1, outcome.report().filled(), outcome.report().summary());
        assertEquals(TrickyText.Comparable.of(merged), TrickyText.Comparable.of(outcome.translation()));
        assertNotEquals(document.sourceText(empty.units().get(0)), document.sourceText(merged.units().get(0)));
    }
}
