package dev.tandem.model;

/**
 * The one project exception: bad input from a user, with a message fit to show them. The CLI turns
 * it into one line on stderr and exit code 2; the web layer into a 4xx with {@code {"error": …}}.
 */
public class TandemException extends RuntimeException {

    /** What went wrong, in the terms the web layer maps to an HTTP status. */
    public enum Kind {
        BAD_INPUT, NOT_FOUND, CONFLICT, UNSUPPORTED, TOO_LARGE,
        /** The store could not write (a full disk, a read-only folder): not the user's input, but not a bug either. */
        STORAGE,
        /** The store's database cannot be reached (it is down or restarting): try again shortly. */
        UNAVAILABLE
    }

    private final Kind kind;

    public TandemException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public TandemException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static TandemException badInput(String message) {
        return new TandemException(Kind.BAD_INPUT, message);
    }

    public static TandemException notFound(String message) {
        return new TandemException(Kind.NOT_FOUND, message);
    }

    public Kind kind() {
        return kind;
    }
}
