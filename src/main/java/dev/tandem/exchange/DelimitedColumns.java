package dev.tandem.exchange;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tandem.model.ExchangeFormat;
import java.util.List;

/** The columns of our CSV and TSV files, in order, and the Jackson schema for each separator. */
final class DelimitedColumns {

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String TARGET = "target";
    static final String STATUS = "status";
    static final String NOTE = "note";
    static final String TRANSLATOR = "translator";
    static final String UPDATED = "updated";
    static final String REVISION = "rev";
    static final String SEGMENTS = "segments";
    static final List<String> ALL = List.of(ID, SOURCE, TARGET, STATUS, NOTE, TRANSLATOR, UPDATED, REVISION, SEGMENTS);

    private DelimitedColumns() {
    }

    static char separator(ExchangeFormat format) {
        return format == ExchangeFormat.TSV ? '\t' : ',';
    }

    /** RFC 4180: CRLF line ends, double quotes around cells that need them, a header row. */
    static CsvSchema writeSchema(ExchangeFormat format) {
        CsvSchema.Builder builder = CsvSchema.builder();
        ALL.forEach(builder::addColumn);
        return builder.build().withHeader().withColumnSeparator(separator(format)).withLineSeparator("\r\n");
    }

    static CsvSchema readSchema(ExchangeFormat format) {
        return CsvSchema.emptySchema().withHeader().withColumnSeparator(separator(format));
    }
}
