package dev.tandem.store;

import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the store does when a process takes it over: whatever a crashed writer left half done is
 * finished ({@link StoreCommit} records) or undone (temporary files, half-deleted folders). Runs
 * only under the store's lock, so no write of another process is in flight.
 */
final class StoreRecovery {

    static final String DELETED = ".deleted-";
    private static final String JOURNAL = ".journal.jsonl";

    /** A journal left by a process that did not fold it. */
    record Journal(String documentId, LanguageTag language) {
    }

    private final Path root;
    private final StoreCommit commit;

    StoreRecovery(Path root, StoreCommit commit) {
        this.root = root;
        this.commit = commit;
    }

    void run() {
        for (Path folder : documentFolders()) {
            try {
                commit.recover(folder);
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(StoreRecovery::isTemporary).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot recover " + folder, e);
            }
        }
        for (Path deleted : entries(root, name -> name.startsWith(DELETED))) {
            deleteTree(deleted);
        }
    }

    /** The journals in the store; each is folded into its language file by the store. */
    List<Journal> journals() {
        List<Journal> journals = new ArrayList<>();
        for (Path folder : documentFolders()) {
            for (Path file : entries(folder, name -> name.endsWith(JOURNAL))) {
                String name = file.getFileName().toString();
                String tag = name.substring(0, name.length() - JOURNAL.length());
                try {
                    journals.add(new Journal(folder.getFileName().toString(), LanguageTag.of(tag)));
                } catch (RuntimeException e) {
                    // not a file the store wrote
                }
            }
        }
        return journals;
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    /** Document ids are slugs; anything else (a {@code .git} folder) is not ours to touch. */
    private List<Path> documentFolders() {
        return entries(root, DocumentId::isValid).stream().filter(Files::isDirectory).toList();
    }

    private static List<Path> entries(Path folder, java.util.function.Predicate<String> name) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> name.test(path.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
