package dev.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of the store: {@code <root>/<doc-id>/source.json} and {@code <root>/<doc-id>/<lang>.json}.
 * Every path is built from a validated id or language tag, so nothing can point outside the root.
 */
final class DocumentFiles {

    static final String SOURCE = "source.json";
    private static final String JSON = ".json";
    private static final String LEGACY_HISTORY = ".history.json";
    private static final String HISTORY = ".history.jsonl";
    private static final String JOURNAL = ".journal.jsonl";
    private static final String ALIGNMENT = ".alignment.json";
    private static final String PROGRESS = ".progress.json";

    private final Path root;
    private final ObjectMapper mapper;
    private final AtomicFileWriter writer;

    DocumentFiles(Path root, ObjectMapper mapper, AtomicFileWriter writer) {
        this.root = root;
        this.mapper = mapper;
        this.writer = writer;
    }

    Path folder(String documentId) {
        return root.resolve(DocumentId.validate(documentId));
    }

    Path source(String documentId) {
        return folder(documentId).resolve(SOURCE);
    }

    Path translation(String documentId, LanguageTag language) {
        return folder(documentId).resolve(language.tag() + JSON);
    }

    Path history(String documentId, LanguageTag language) {
        return folder(documentId).resolve(language.tag() + HISTORY);
    }

    Path journal(String documentId, LanguageTag language) {
        return folder(documentId).resolve(language.tag() + JOURNAL);
    }

    /** The history as one JSON map, before it became an append-only log. */
    Path legacyHistory(String documentId, LanguageTag language) {
        return folder(documentId).resolve(language.tag() + LEGACY_HISTORY);
    }

    Path alignment(String documentId, LanguageTag language) {
        return folder(documentId).resolve(language.tag() + ALIGNMENT);
    }

    /** A small file of a translation, one of {@link DocumentStore#TRANSLATION_FILES}: {@code <lang>.<name>.json}. */
    Path translationFile(String documentId, LanguageTag language, String name) {
        return folder(documentId).resolve(language.tag() + "." + name + ".json");
    }

    Path progress(String documentId, LanguageTag language) {
        return folder(documentId).resolve(language.tag() + PROGRESS);
    }

    List<String> documentIds() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve(SOURCE)))
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<LanguageTag> languages(String documentId) {
        Path folder = folder(documentId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<LanguageTag> languages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString();
                String base = name.endsWith(JSON) ? name.substring(0, name.length() - JSON.length()) : "";
                // <lang>.json only: companions such as <lang>.history.json carry a second dot.
                if (!base.isEmpty() && !name.equals(SOURCE) && base.indexOf('.') < 0) {
                    languages.add(LanguageTag.of(base));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return languages;
    }

    <T> Optional<T> read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new TandemException(TandemException.Kind.BAD_INPUT,
                    "cannot read " + shown(file) + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    void write(Path file, Object value) {
        writeBytes(file, pretty(value));
    }

    /** The diffable form of a stored value: pretty, stable, UTF-8, one trailing newline. */
    byte[] pretty(Object value) {
        try {
            String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
            return json.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    void writeBytes(Path file, byte[] content) {
        try {
            writer.write(file, content);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** A write the disk refused (full, read-only): a message for the user, since nothing was changed. */
    TandemException cannotWrite(Path file, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return new TandemException(TandemException.Kind.STORAGE, "cannot write " + shown(file) + " in the store (" + reason
                + "); the change was not made", e);
    }

    private Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }

    /**
     * Removes a document's folder: first renamed out of the store in one step, so a crash in the
     * middle never leaves half a document; what is left of a renamed folder is removed on open.
     */
    void deleteFolder(String documentId) {
        Path folder = folder(documentId);
        if (!Files.isDirectory(folder)) {
            return;
        }
        Path gone = root.resolve(StoreRecovery.DELETED + documentId + "-" + System.nanoTime());
        try {
            Files.move(folder, gone, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
        StoreRecovery.deleteTree(gone);
    }

    TandemException cannotRead(Path file, IOException e) {
        return new TandemException(TandemException.Kind.STORAGE, "cannot read " + shown(file) + " in the store (" + e.getMessage() + ")", e);
    }

    Optional<Document> readDocument(String documentId) {
        return read(source(documentId), Document.class);
    }
}
