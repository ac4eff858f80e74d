package dev.tandem.exchange;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CSV and TSV (RFC 4180, UTF-8, header row) through Jackson's CSV module; formulas neutralised; the
 * inline codes of a unit that has them as numbered placeholders ({@link CellPlaceholders}).
 */
final class DelimitedWriter {

    private final CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS).build();

    void write(ExportContext context, ExchangeFormat format, OutputStream out) throws IOException {
        try (SequenceWriter rows = mapper.writer(DelimitedColumns.writeSchema(format)).writeValues(out)) {
            for (BilingualUnit unit : context.units()) {
                rows.write(row(unit));
            }
        }
    }

    private static Map<String, String> row(BilingualUnit unit) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(DelimitedColumns.ID, unit.id());
        if (unit.codedSource().hasCodes() || unit.codedTarget().hasCodes()) {
            Map<String, String> numbers = CellPlaceholders.numbering(unit.codedSource());
            row.put(DelimitedColumns.SOURCE, SpreadsheetCells.neutralise(CellPlaceholders.write(unit.codedSource(), numbers)));
            row.put(DelimitedColumns.TARGET, SpreadsheetCells.neutralise(CellPlaceholders.write(unit.codedTarget(), numbers)));
        } else {
            // A text without codes is written as it is: the importer reads it back literally for a source without codes.
            row.put(DelimitedColumns.SOURCE, SpreadsheetCells.neutralise(unit.source()));
            row.put(DelimitedColumns.TARGET, SpreadsheetCells.neutralise(unit.target()));
        }
        row.put(DelimitedColumns.STATUS, unit.status().name().toLowerCase(Locale.ROOT));
        row.put(DelimitedColumns.NOTE, SpreadsheetCells.neutralise(unit.note() == null ? "" : unit.note()));
        row.put(DelimitedColumns.TRANSLATOR, SpreadsheetCells.neutralise(unit.by() == null ? "" : unit.by()));
        row.put(DelimitedColumns.UPDATED, unit.updated() == null ? "" : unit.updated().toString());
        row.put(DelimitedColumns.REVISION, Long.toString(unit.rev()));
        row.put(DelimitedColumns.SEGMENTS, String.join(" ", unit.segmentIds()));
        return row;
    }
}
