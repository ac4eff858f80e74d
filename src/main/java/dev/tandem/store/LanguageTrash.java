package dev.tandem.store;

import dev.tandem.model.LanguageTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a removed target language goes: {@code <doc>/.trash/<lang>-<UTC time>/} holds its files
 * ({@code <lang>.json} and its companions such as {@code <lang>.history.jsonl}), moved, never
 * deleted, so a removal can be undone by moving them back. The leading dot keeps the folder out of
 * the document's languages.
 */
final class LanguageTrash {

    static final String FOLDER = ".trash";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Moves the language's files out of {@code documentFolder}; answers the trash folder they are in. */
    Path move(Path documentFolder, LanguageTag language, Instant now) {
        String tag = language.tag();
        try {
            List<Path> files;
            try (Stream<Path> listed = Files.list(documentFolder)) {
                files = listed.filter(Files::isRegularFile).filter(file -> {
                    String name = file.getFileName().toString();
                    return name.equals(tag + ".json") || name.startsWith(tag + ".");
                }).toList();
            }
            Path trash = documentFolder.resolve(FOLDER).resolve(tag + "-" + STAMP.format(now));
            for (int again = 2; Files.exists(trash); again++) {
                trash = documentFolder.resolve(FOLDER).resolve(tag + "-" + STAMP.format(now) + "-" + again);
            }
            Files.createDirectories(trash);
            for (Path file : files) {
                Files.move(file, trash.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            return trash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + tag + " of " + documentFolder.getFileName() + " to the trash", e);
        }
    }
}
