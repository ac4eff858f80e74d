package dev.tandem.exchange;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.SpreadsheetCells;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV/TSV with a header row that names at least {@code source} and {@code target}; placeholders
 * in the text ({@link CellPlaceholders}) become inline codes, placed on our source's by the importer.
 */
final class DelimitedReader {

    private final CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS).build();

    BilingualFile read(byte[] content, ExchangeFormat format, String fileName) {
        String text = utf8(content, fileName);
        List<ImportedUnit> units = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(DelimitedColumns.readSchema(format)).readValues(text)) {
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                if (!row.containsKey(DelimitedColumns.SOURCE) || !row.containsKey(DelimitedColumns.TARGET)) {
                    throw TandemException.badInput(fileName + ": the header row must name the columns source and target"
                            + " (found " + String.join(", ", row.keySet()) + ")");
                }
                units.add(unit(row));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TandemException tandem) {
                throw tandem;
            }
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw TandemException.badInput(fileName + ": malformed " + format.label().toUpperCase(java.util.Locale.ROOT)
                    + " (" + message + ")");
        }
        return new BilingualFile(format, null, null, units);
    }

    private static ImportedUnit unit(Map<String, String> row) {
        return new ImportedUnit(blankToNull(row.get(DelimitedColumns.ID)),
                CellPlaceholders.read(nullToEmpty(SpreadsheetCells.restore(row.get(DelimitedColumns.SOURCE)))),
                CellPlaceholders.read(nullToEmpty(SpreadsheetCells.restore(row.get(DelimitedColumns.TARGET)))),
                TmxReader.status(blankToNull(row.get(DelimitedColumns.STATUS))),
                TmxReader.revision(blankToNull(row.get(DelimitedColumns.REVISION))),
                blankToNull(SpreadsheetCells.restore(row.get(DelimitedColumns.TRANSLATOR))),
                blankToNull(SpreadsheetCells.restore(row.get(DelimitedColumns.NOTE))));
    }

    private static String utf8(byte[] content, String fileName) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw TandemException.badInput(fileName + ": not UTF-8 text (save the spreadsheet as CSV UTF-8)");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
