package dev.tandem.app;

import dev.tandem.model.TandemException;
import java.util.Locale;

/** The files a glossary is imported from and exported to. */
public enum GlossaryFormat {
    TBX, CSV, TSV;

    /** The format a file name says ({@code .tbx}, {@code .csv}, {@code .tsv}/{@code .txt}). */
    public static GlossaryFormat ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return TBX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt")) {
            return TSV;
        }
        throw new TandemException(TandemException.Kind.UNSUPPORTED,
                fileName + ": not a glossary file Tandem reads (use .tbx, .csv or .tsv)");
    }

    public String mediaType() {
        return switch (this) {
            case TBX -> "application/x-tbx+xml";
            case CSV -> "text/csv; charset=utf-8";
            case TSV -> "text/tab-separated-values; charset=utf-8";
        };
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
