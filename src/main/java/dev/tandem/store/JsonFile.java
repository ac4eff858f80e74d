package dev.tandem.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A small JSON file kept next to the store's own (the glossary, a translation's ignored QA
 * findings): same formatting as the store, written atomically.
 */
public final class JsonFile<T> implements StoredJson<T> {

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

    @Override
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

    @Override
    public void write(T value) {
        try {
            writer.write(path, text(mapper, value).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public synchronized T update(T empty, UnaryOperator<T> change) {
        T changed = change.apply(read().orElse(empty));
        write(changed);
        return changed;
    }

    @Override
    public String version() {
        return "";
    }

    /** The file's text: pretty-printed, one trailing newline (the database keeps the same text). */
    static String text(ObjectMapper mapper, Object value) throws IOException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
    }
}
