package dev.tandem.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats Tandem writes; the first five are also read back ({@link #importable()}), the last
 * four are the translated article ({@link #article()}).
 */
public enum ExchangeFormat {
    TMX("tmx", "tmx", "application/x-tmx+xml", true),
    XLIFF("xliff", "xlf", "application/xliff+xml", true),
    // Both XLIFF versions end in .xlf, as tools expect; the version in the name keeps the two downloads apart.
    XLIFF12("xliff12", "xliff12.xlf", "application/x-xliff+xml", true),
    CSV("csv", "csv", "text/csv; charset=utf-8", true),
    TSV("tsv", "tsv", "text/tab-separated-values; charset=utf-8", true),
    HTML("html", "html", "text/html; charset=utf-8", false),
    TXT("txt", "txt", "text/plain; charset=utf-8", false),
    MD("md", "md", "text/markdown; charset=utf-8", false),
    // "html" is the bilingual review table; the translated page's name says it is the article.
    ARTICLE_HTML("article-html", "article.html", "text/html; charset=utf-8", false),
    DOCX("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false);

    private final String label;
    private final String extension;
    private final String mediaType;
    private final boolean importable;

    ExchangeFormat(String label, String extension, String mediaType, boolean importable) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
        this.importable = importable;
    }

    /** Parses a format name as the CLI and HTTP API spell it ({@code tmx}, {@code xliff12}, …). */
    public static ExchangeFormat of(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ExchangeFormat format : values()) {
            if (format.label.equals(wanted) || (format == XLIFF && (wanted.equals("xliff2") || wanted.equals("xliff21")))) {
                return format;
            }
        }
        throw new TandemException(TandemException.Kind.UNSUPPORTED, "unknown export format '" + (name == null ? "" : name.strip())
                + "' (use one of " + Arrays.stream(values()).map(ExchangeFormat::label).collect(Collectors.joining(", ")) + ")");
    }

    public String label() {
        return label;
    }

    /** The end of an exported file's name, after {@code <doc>.<lang>.}: {@code tmx}, {@code xlf}, {@code xliff12.xlf}, … */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** True for the translated article (text, Markdown, HTML, DOCX): the whole text, not a bilingual file. */
    public boolean article() {
        return this == TXT || this == MD || this == ARTICLE_HTML || this == DOCX;
    }

    /** True for a format whose files are not text (DOCX). */
    public boolean binary() {
        return this == DOCX;
    }

    /** True for the bilingual formats that the exchange stage reads back. */
    public boolean importable() {
        return importable;
    }
}
