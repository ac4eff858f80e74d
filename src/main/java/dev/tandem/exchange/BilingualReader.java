package dev.tandem.exchange;

import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.TandemException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a bilingual file of any importable format: the type comes from the file name's extension,
 * XML files are told apart by their root element and version. Checks that the file's languages are
 * the document's; every problem is a one-line {@link TandemException}.
 */
public final class BilingualReader {

    /** Large enough for a book-length translation memory, small enough to parse in memory. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    /**
     * @param sourceLanguage the document's source language, or null to take the one the file declares
     * @param targetLanguage the translation's language, or null to take the one the file declares
     */
    public BilingualFile read(byte[] content, String fileName, String sourceLanguage, String targetLanguage) {
        if (content.length > MAX_BYTES) {
            throw new TandemException(TandemException.Kind.TOO_LARGE,
                    fileName + ": larger than the limit of " + MAX_BYTES / (1024 * 1024) + " MB for bilingual files");
        }
        String extension = extension(fileName);
        BilingualFile file = switch (extension) {
            case "csv" -> new DelimitedReader().read(content, ExchangeFormat.CSV, fileName);
            case "tsv", "tab" -> new DelimitedReader().read(content, ExchangeFormat.TSV, fileName);
            case "tmx", "xlf", "xliff", "xml", "sdlxliff", "mqxliff" -> readXml(content, fileName, sourceLanguage, targetLanguage);
            default -> throw new TandemException(TandemException.Kind.UNSUPPORTED, fileName
                    + ": not a bilingual file Tandem reads (use .tmx, .xlf/.xliff, .csv or .tsv)");
        };
        return checkLanguages(file, fileName, sourceLanguage, targetLanguage);
    }

    /**
     * The file read as a bilingual file when it is one: a TMX or XLIFF extension, an {@code .xml}
     * whose root is {@code <tmx>} or {@code <xliff>}, or CSV/TSV whose header names source and
     * target columns. Languages are not checked; a bilingual file too broken to read is still
     * recognised (with no units), so it is never mistaken for an article.
     */
    public Optional<BilingualFile> recognize(byte[] content, String fileName) {
        String extension = extension(fileName);
        try {
            return switch (extension) {
                case "csv" -> Optional.of(new DelimitedReader().read(content, ExchangeFormat.CSV, fileName));
                case "tsv", "tab" -> Optional.of(new DelimitedReader().read(content, ExchangeFormat.TSV, fileName));
                case "tmx" -> Optional.of(readXml(content, fileName, null, null));
                case "xlf", "xliff", "sdlxliff", "mqxliff", "xml" -> Optional.of(readXml(content, fileName, null, null));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return switch (extension) {
                case "tmx" -> Optional.of(new BilingualFile(ExchangeFormat.TMX, null, null, List.of()));
                case "xlf", "xliff", "sdlxliff", "mqxliff" -> Optional.of(new BilingualFile(ExchangeFormat.XLIFF, null, null, List.of()));
                case "xml" -> xliffOrTmxRoot(content) ? Optional.of(new BilingualFile(ExchangeFormat.XLIFF, null, null, List.of()))
                        : Optional.empty();
                default -> Optional.empty(); // a CSV/TSV without source and target columns is ordinary text
            };
        }
    }

    private static boolean xliffOrTmxRoot(byte[] content) {
        try {
            String root = SecureXml.parse(content, "file").name();
            return root.equals("xliff") || root.equals("tmx");
        } catch (TandemException e) {
            return false;
        }
    }

    private static BilingualFile readXml(byte[] content, String fileName, String sourceLanguage, String targetLanguage) {
        XmlElement root = SecureXml.parse(content, fileName);
        String version = root.attribute("version") == null ? "" : root.attribute("version");
        if (root.name().equals("tmx")) {
            return new TmxReader().read(root, fileName, sourceLanguage, targetLanguage);
        }
        if (root.name().equals("xliff") && version.startsWith("2.")) {
            return new Xliff2Reader().read(root);
        }
        if (root.name().equals("xliff") && version.startsWith("1.")) {
            return new Xliff12Reader().read(root, fileName);
        }
        if (root.name().equals("xliff")) {
            throw new TandemException(TandemException.Kind.UNSUPPORTED, fileName + ": XLIFF version '" + version
                    + "' is not supported (1.2 and 2.x are)");
        }
        throw TandemException.badInput(fileName + ": the root element is <" + root.name() + ">, expected <tmx> or <xliff>");
    }

    private static BilingualFile checkLanguages(BilingualFile file, String fileName, String sourceLanguage, String targetLanguage) {
        if (file.sourceLanguage() != null && sourceLanguage != null && !LanguageTags.match(file.sourceLanguage(), sourceLanguage)) {
            throw TandemException.badInput(fileName + ": the file's source language is " + file.sourceLanguage()
                    + ", but the document is in " + sourceLanguage);
        }
        if (file.targetLanguage() != null && targetLanguage != null && !LanguageTags.match(file.targetLanguage(), targetLanguage)) {
            throw TandemException.badInput(fileName + ": the file translates into " + file.targetLanguage()
                    + ", not " + targetLanguage);
        }
        return file;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
