package dev.tandem.terms;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.SpreadsheetCells;
import dev.tandem.model.TandemException;
import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Glossaries as CSV or TSV (RFC 4180, UTF-8, header row), the way spreadsheets and memoQ/Weblate
 * CSV glossaries lay them out: the first two columns are the source and target terms, named by
 * their language ({@code en,fr}) or {@code source,target}; optional columns {@code part of speech},
 * {@code note} and {@code status}. Cells a spreadsheet would run as formulas are written as text
 * and read back as they were ({@link SpreadsheetCells}).
 */
public final class GlossaryCsv {

    private static final List<String> OPTIONAL = List.of("partOfSpeech", "note", "status");

    private final CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    /**
     * The terms of a CSV/TSV file; {@code from}/{@code to} are required when the header says
     * {@code source,target} rather than language tags, and win over the header when given.
     */
    public List<Term> read(byte[] content, char separator, String fileName, String from, String to) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw TandemException.badInput(fileName + ": not UTF-8 text (save the spreadsheet as CSV UTF-8)");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> values = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            values.forEachRemaining(rows::add);
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw TandemException.badInput(fileName + ": malformed " + (separator == '\t' ? "TSV" : "CSV") + " (" + message + ")");
        }
        if (rows.isEmpty() || rows.get(0).length < 2) {
            throw TandemException.badInput(fileName + ": the header row must name a source and a target column (e.g. en,fr)");
        }
        String[] header = rows.get(0);
        String sourceLanguage = from != null ? from : language(header[0], fileName, "--from");
        String targetLanguage = to != null ? to : language(header[1], fileName, "--to");
        int[] optional = new int[OPTIONAL.size()];
        for (int i = 0; i < OPTIONAL.size(); i++) {
            optional[i] = column(header, OPTIONAL.get(i));
        }
        List<Term> terms = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if (row.length < 2 || row[0].isBlank()) {
                continue;
            }
            terms.add(new Term("csv" + terms.size(), null, sourceLanguage, targetLanguage, SpreadsheetCells.restore(row[0]),
                    SpreadsheetCells.restore(row[1]), cell(row, optional[0]), cell(row, optional[1]),
                    TermStatus.parse(cell(row, optional[2])), null));
        }
        return List.copyOf(terms);
    }

    /** One row per term, the header naming the languages of the first term ({@code en,fr,partOfSpeech,note,status}). */
    public byte[] write(List<Term> terms, char separator) {
        String from = terms.isEmpty() ? "source" : terms.get(0).sourceLanguage();
        String to = terms.isEmpty() ? "target" : terms.get(0).targetLanguage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = mapper.writerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\n")).writeValues(out)) {
            writer.write(new String[] {from, to, "partOfSpeech", "note", "status"});
            for (Term term : terms) {
                writer.write(new String[] {SpreadsheetCells.neutralise(term.source()), SpreadsheetCells.neutralise(term.target()),
                        SpreadsheetCells.neutralise(nullToEmpty(term.partOfSpeech())), SpreadsheetCells.neutralise(nullToEmpty(term.note())),
                        term.status().label()});
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the glossary", e);
        }
        return out.toByteArray();
    }

    private static String language(String header, String fileName, String option) {
        try {
            return LanguageTag.of(header).tag();
        } catch (TandemException e) {
            throw TandemException.badInput(fileName + ": the header does not name the languages (found \"" + header
                    + "\"); name them in the header (en,fr) or choose them with " + option);
        }
    }

    private static int column(String[] header, String name) {
        for (int i = 2; i < header.length; i++) {
            String plain = header[i].strip().toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
            if (plain.equals(name.toLowerCase(Locale.ROOT)) || name.equals("partOfSpeech") && plain.equals("pos")
                    || name.equals("note") && (plain.equals("definition") || plain.equals("comment") || plain.equals("description"))) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(String[] row, int index) {
        return index < 0 || index >= row.length ? null : SpreadsheetCells.restore(row[index]);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
