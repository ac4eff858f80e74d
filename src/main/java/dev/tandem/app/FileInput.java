package dev.tandem.app;

import dev.tandem.model.TandemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a user's file whole, refused before reading when it is larger than a limit. */
final class FileInput {

    private FileInput() {
    }

    static byte[] read(Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new TandemException(TandemException.Kind.TOO_LARGE,
                        file.getFileName() + ": larger than the limit of " + megabytes(maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw TandemException.notFound("no such file: " + file);
        } catch (IOException e) {
            throw TandemException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 ? mb + " MB" : bytes + " bytes";
    }
}
