package dev.tandem.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Changes several files of one document folder all or nothing (a re-import writes
 * {@code source.json} and every {@code <lang>.json}). Every new file is first written beside its
 * target as a flushed temporary file; then the commit record {@code .commit.json}, naming them, is
 * written atomically: that is the moment the change happens. Then the temporary files are renamed
 * over their targets, the files the change makes obsolete are removed, and the record is deleted.
 * A crash before the record leaves only temporary files (removed on open: nothing happened); a
 * crash after it is completed on open from the record ({@link #recover}).
 */
final class StoreCommit {

    static final String RECORD = ".commit.json";

    /** The commit record: which temporary file becomes which file, and what goes away. */
    record Record(List<Rename> renames, List<String> removals) {
        Record {
            renames = List.copyOf(renames);
            removals = List.copyOf(removals);
        }
    }

    record Rename(String temporary, String target) {
    }

    private final ObjectMapper mapper;
    private final AtomicFileWriter writer;

    StoreCommit(ObjectMapper mapper, AtomicFileWriter writer) {
        this.mapper = mapper;
        this.writer = writer;
    }

    /**
     * Writes {@code files} (name in the folder → content) and removes {@code removals}, as one
     * change. With {@code create}, a folder that does not exist is created and, when the change
     * fails, removed again; without, a missing folder (a document deleted meanwhile) is an error.
     */
    void apply(Path folder, Map<String, byte[]> files, List<String> removals, boolean create) throws IOException {
        boolean created = create && !Files.isDirectory(folder);
        List<Path> staged = new ArrayList<>();
        List<Rename> renames = new ArrayList<>();
        try {
            if (created) {
                Files.createDirectories(folder);
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path temporary = writer.stage(folder.resolve(file.getKey()), file.getValue());
                staged.add(temporary);
                renames.add(new Rename(temporary.getFileName().toString(), file.getKey()));
            }
            writer.write(folder.resolve(RECORD), mapper.writeValueAsBytes(new Record(renames, removals)));
        } catch (IOException | RuntimeException e) {
            for (Path temporary : staged) {
                Files.deleteIfExists(temporary);
            }
            if (created) {
                removeIfEmpty(folder);
            }
            throw e;
        }
        complete(folder, new Record(renames, removals));
    }

    /** Finishes a change whose record was written before a crash; without a record, nothing to do. */
    void recover(Path folder) throws IOException {
        Path record = folder.resolve(RECORD);
        if (Files.isRegularFile(record)) {
            complete(folder, mapper.readValue(Files.readString(record, StandardCharsets.UTF_8), Record.class));
        }
    }

    /** Idempotent: a rename already done has no temporary file left; a removal already done is no file. */
    private void complete(Path folder, Record record) throws IOException {
        for (Rename rename : record.renames()) {
            Path temporary = fileIn(folder, rename.temporary());
            if (Files.exists(temporary)) {
                writer.move(temporary, fileIn(folder, rename.target()));
            }
        }
        for (String removal : record.removals()) {
            Files.deleteIfExists(fileIn(folder, removal));
        }
        AtomicFileWriter.syncFolder(folder);
        Files.deleteIfExists(folder.resolve(RECORD));
    }

    /** A record names files of its own folder only; anything else is not ours to touch. */
    private static Path fileIn(Path folder, String name) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (!folder.normalize().equals(file.getParent())) {
            throw new IOException("the commit record in " + folder + " names a file outside it: " + name);
        }
        return file;
    }

    private static void removeIfEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }
}
