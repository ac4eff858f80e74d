package dev.tandem.web;

import dev.tandem.model.TandemException;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpException;

/**
 * The size of one request, enforced while it streams in: a declared {@code Content-Length} over
 * the limit is refused before a byte of the body is read, and multipart parsing stops at the limit
 * when the length is not declared. Parts larger than {@value #IN_MEMORY_MB} MB wait in this
 * server's own temporary folder, are deleted before the answer leaves, and the folder goes when the
 * server stops.
 */
final class UploadLimit {

    static final int MAX_MB = 60;
    static final long MAX_BYTES = MAX_MB * 1024L * 1024;
    private static final int IN_MEMORY_MB = 1;

    private static final String JETTY_PARSE = "org.eclipse.jetty.ee10.servlet.ServletMultiPartFormData";

    private final Path folder;

    UploadLimit() {
        try {
            this.folder = Files.createTempDirectory("tandem-uploads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void configure(JavalinConfig config) {
        config.http.maxRequestSize = MAX_BYTES;
        config.jetty.multipartConfig.cacheDirectory(folder.toString());
        config.jetty.multipartConfig.maxFileSize(MAX_MB, SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_MB, SizeUnit.MB);
        config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_MB, SizeUnit.MB);
    }

    static TandemException tooLarge() {
        return new TandemException(TandemException.Kind.TOO_LARGE,
                "the upload is larger than " + MAX_MB + " MB (the most Tandem accepts in one request)");
    }

    /** Before the routes: refuses a declared length over the limit without reading the body. */
    void check(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
    }

    /** After the routes, refused or not: the parts this request parsed leave the disk now. */
    void deleteParts(Context ctx) {
        // Jetty notes a started parse under this attribute; asking for parts without it would read the body now.
        if (ctx.req().getAttribute(JETTY_PARSE) == null) {
            return;
        }
        try {
            for (Part part : ctx.req().getParts()) {
                part.delete();
            }
        } catch (IOException | ServletException | RuntimeException e) {
            // a body that failed to parse holds no parts; Jetty removes what it began on completion
        }
    }

    /**
     * The status Jetty's multipart parser meant when it gave up ({@code 413} past the limit,
     * {@code 400} for a malformed body), or -1 when the failure is not the parser's.
     */
    static int parserStatus(Throwable error) {
        int status = -1;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // Jetty wraps "max length exceeded" in a 400 "bad multipart"; the limit is what happened.
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("exceeded")) {
                return 413;
            }
            if (cause instanceof HttpException http && status < 0) {
                status = http.getCode();
            }
        }
        return status;
    }

    void deleteFolder() {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the system's temporary folder is cleaned eventually; nothing of the store is in it
        }
    }

    Path folder() {
        return folder;
    }
}
