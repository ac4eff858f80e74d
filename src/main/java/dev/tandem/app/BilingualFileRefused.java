package dev.tandem.app;

import dev.tandem.model.TandemException;

/**
 * A bilingual file (TMX, XLIFF, CSV/TSV with source and target columns) given to the article
 * import. Importing it as an article would replace a document with the file's markup or cells, so
 * it is refused with what would fill a translation from it instead: the command on the command
 * line, the button in the page. {@code document} and {@code language} are null when the file does
 * not name one of ours.
 */
public final class BilingualFileRefused extends TandemException {

    private final String fileName;
    private final String format;
    private final String document;
    private final String language;

    BilingualFileRefused(String fileName, String format, String document, String language) {
        super(Kind.BAD_INPUT, commandLineMessage(fileName, fileName, format, document, language));
        this.fileName = fileName;
        this.format = format;
        this.document = document;
        this.language = language;
    }

    /** The refusal with the command to run, {@code typedPath} being the file as the user typed it. */
    public String commandLine(String typedPath) {
        return commandLineMessage(typedPath, fileName, format, document, language);
    }

    /** The refusal with the page's way to fill a translation. */
    public String page() {
        String where = document == null
                ? "open the document it translates, choose the language"
                : "open " + document + (language == null ? ", choose the language" : " → " + language);
        return start(fileName, format, document, language) + where
                + " and use “Import bilingual file” in the editor's tool bar";
    }

    public String document() {
        return document;
    }

    public String language() {
        return language;
    }

    private static String commandLineMessage(String typedPath, String fileName, String format, String document, String language) {
        return start(fileName, format, document, language) + "run: tandem import --doc " + (document == null ? "DOC" : document)
                + " --to " + (language == null ? "LANG" : language) + " " + typedPath;
    }

    private static String start(String fileName, String format, String document, String language) {
        String target = document == null ? "a translation" : document + "'s " + (language == null ? "" : language + " ") + "translation";
        return fileName + " is a bilingual " + format + " file, not an article, and was not imported; to fill " + target
                + " from it, ";
    }
}
