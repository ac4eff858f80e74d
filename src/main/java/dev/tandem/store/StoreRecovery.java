package dev.tandem.store;

import dev.tandem.model.DocumentId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the store does when a process takes it over: whatever a crashed writer left half done is
 * finished or undone. Runs only under the store's lock, so no write of another process is in flight.
 */
final class StoreRecovery {

    private final Path root;

    StoreRecovery(Path root) {
        this.root = root;
    }

    /** Temporary files ({@code .fr.json123.tmp}) of writes that never reached their rename. */
    void removeTemporaryFiles() {
        for (Path folder : documentFolders()) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(StoreRecovery::isTemporary).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clean up " + folder, e);
            }
        }
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /** Document ids are slugs; anything else (a {@code .git} folder) is not ours to touch. */
    private static boolean isDocumentFolder(Path folder) {
        return DocumentId.isValid(folder.getFileName().toString());
    }

    List<Path> documentFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).filter(StoreRecovery::isDocumentFolder).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }
}
