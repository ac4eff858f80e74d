package dev.tandem.web;

import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files sent as multipart form data in the {@code file} field. */
final class Uploads {

    private Uploads() {
    }

    /** The uploaded {@code file}, or a bad-input error when the request has none. */
    static UploadedFile required(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw TandemException.badInput("no file uploaded (send multipart form data with a 'file' field)");
        }
        return file;
    }

    static byte[] read(UploadedFile file) {
        try (InputStream input = file.content()) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
