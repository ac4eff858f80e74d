package dev.tandem.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.TandemException;
import dev.tandem.model.ReferenceMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference memories of a JSON store, kept in its folder: {@code <store>/_memories/<name>.tmx}
 * and the list {@code <store>/_memories/memories.json}. The folder name cannot be a document id
 * (ids have no underscore).
 */
final class ReferenceMemoryFolder implements ReferenceMemories {

    static final String FOLDER = "_memories";
    private static final String LIST = "memories.json";

    private final Path folder;
    private final ObjectMapper mapper;
    private final AtomicFileWriter writer;

    ReferenceMemoryFolder(Path dataRoot, ObjectMapper mapper, AtomicFileWriter writer) {
        this.folder = dataRoot.resolve(FOLDER);
        this.mapper = mapper;
        this.writer = writer;
    }

    @Override
    public synchronized List<ReferenceMemory> list() {
        Path list = folder.resolve(LIST);
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        try {
            return List.copyOf(mapper.readValue(list.toFile(), Listing.class).memories());
        } catch (IOException e) {
            throw TandemException.badInput(list + " is not a valid list of memories: " + e.getMessage());
        }
    }

    @Override
    public byte[] content(ReferenceMemory memory) {
        try {
            return Files.readAllBytes(folder.resolve(memory.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void add(ReferenceMemory memory, byte[] content) {
        List<ReferenceMemory> memories = new ArrayList<>(list());
        memories.removeIf(existing -> existing.name().equals(memory.name()));
        memories.add(memory);
        memories.sort(Comparator.comparing(ReferenceMemory::name));
        try {
            Files.createDirectories(folder);
            writer.write(folder.resolve(memory.file()), content);
            writeList(memories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void remove(ReferenceMemory memory) {
        List<ReferenceMemory> memories = new ArrayList<>(list());
        memories.removeIf(existing -> existing.name().equals(memory.name()));
        try {
            writeList(memories);
            Files.deleteIfExists(folder.resolve(memory.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeList(List<ReferenceMemory> memories) throws IOException {
        String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(new Listing(memories)) + "\n";
        writer.write(folder.resolve(LIST), json.getBytes(StandardCharsets.UTF_8));
    }

    /** The list file's shape. */
    record Listing(List<ReferenceMemory> memories) {
    }
}
