package dev.tandem.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small JSON file kept next to the store's own (the glossary, a translation's ignored QA
 * findings): same formatting as the store, written atomically.
 */
public final class JsonFile<T> {

    private final Path path;
    private final Class<T> type;
    private final ObjectMapper mapper;
    private final AtomicFileWriter writer;

    public JsonFile(Path path, Class<T> type, ObjectMapper mapper, AtomicFileWriter writer) {
        this.path = path;
        this.type = type;
        this.mapper = mapper;
        this.writer = writer;
    }

    public Optional<T> read() {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(Files.readAllBytes(path), type));
        } catch (IOException e) {
            throw TandemException.badInput("cannot read " + path.getFileName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public void write(T value) {
        try {
            byte[] json = (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
            writer.write(path, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
