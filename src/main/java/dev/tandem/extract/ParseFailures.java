package dev.tandem.extract;

import dev.tandem.model.Article;
import dev.tandem.model.TandemException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.xml.sax.SAXException;

/**
 * What a failed parse means to the user, in one line that names the file and never the parser's
 * internals (class names, object identities such as {@code PDFParser@2a38beeb}, stack frames).
 */
final class ParseFailures {

    private static final Pattern NESTING = Pattern.compile("(\\d+) levels of (XML element|package entry) nesting");
    private static final Pattern INTERNALS = Pattern.compile(
            "(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*|@[0-9a-f]{4,}|TIKA-\\d+:?|\\bat line \\d+");

    private ParseFailures() {
    }

    static TandemException translate(Exception error, String fileName, boolean hitSizeBound, ExtractionLimits limits) {
        if (error instanceof ZeroByteFileException) {
            return TandemException.badInput(fileName + ": the file is empty");
        }
        if (error instanceof EncryptedDocumentException || causedBy(error, EncryptedDocumentException.class)) {
            return TandemException.badInput(fileName + ": the file is encrypted or password-protected");
        }
        if (hitSizeBound) {
            return tooLarge(fileName, limits);
        }
        if (causedBy(error, HtmlTreeBuilder.TooManyElementsException.class)) {
            return new TandemException(TandemException.Kind.TOO_LARGE,
                    fileName + ": more than " + HtmlTreeBuilder.MAX_ELEMENTS + " HTML elements");
        }
        if (error instanceof SAXException && WriteLimitReachedException.isWriteLimitReached(error)) {
            return new TandemException(TandemException.Kind.TOO_LARGE,
                    fileName + ": more than " + limits.maxCharacters() + " characters of text");
        }
        Matcher nesting = NESTING.matcher(allMessages(error));
        if (nesting.find()) {
            String what = nesting.group(2).equals("XML element") ? "elements" : "archive entries";
            return new TandemException(TandemException.Kind.TOO_LARGE, fileName + ": " + what + " nested more than "
                    + nesting.group(1) + " levels deep; refused");
        }
        if (allMessages(error).toLowerCase(Locale.ROOT).contains("zip bomb")) {
            return new TandemException(TandemException.Kind.TOO_LARGE, fileName
                    + ": expands to far more text than its size allows (a decompression bomb); refused");
        }
        return unreadable(fileName, error);
    }

    /** Anything else that escaped a parse: a damaged or unsupported file, said without internals. */
    static TandemException unreadable(String fileName, Throwable error) {
        if (error instanceof TandemException tandem) {
            return tandem;
        }
        if (error instanceof OutOfMemoryError || error instanceof StackOverflowError) {
            return new TandemException(TandemException.Kind.TOO_LARGE,
                    fileName + ": needs more memory to parse than Tandem allows; refused");
        }
        String detail = readable(error);
        return TandemException.badInput(fileName + ": cannot read this file; it looks damaged or incomplete"
                + (detail == null ? "" : " (" + detail + ")"));
    }

    static TandemException timedOut(String fileName, ExtractionLimits limits) {
        return TandemException.badInput(fileName + ": parsing took longer than " + limits.timeout().toSeconds()
                + " s; the file may be broken or too complex");
    }

    static TandemException tooLarge(String fileName, ExtractionLimits limits) {
        return new TandemException(TandemException.Kind.TOO_LARGE,
                fileName + ": larger than the limit of " + limits.maxBytes() / (1024 * 1024) + " MB");
    }

    static Article requireText(Article article, String fileName) {
        if (!article.blocks().isEmpty()) {
            return article;
        }
        if (article.mediaType().equals("application/octet-stream")) {
            throw new TandemException(TandemException.Kind.UNSUPPORTED,
                    fileName + ": unsupported format; not a document Tandem can read");
        }
        throw TandemException.badInput(fileName + ": no text found (" + article.mediaType()
                + "; a scanned image or an empty document?)");
    }

    /** The innermost message, when it is a sentence for people rather than for developers. */
    private static String readable(Throwable error) {
        String message = null;
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        if (message == null) {
            return null;
        }
        String firstLine = message.lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty() || INTERNALS.matcher(firstLine).find()) {
            return null;
        }
        return firstLine.length() > 160 ? firstLine.substring(0, 160) + "…" : firstLine;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String allMessages(Throwable error) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static Throwable next(Throwable error) {
        if (error instanceof SAXException sax && sax.getException() != null && sax.getException() != error) {
            return sax.getException();
        }
        return error.getCause() == error ? null : error.getCause();
    }
}
