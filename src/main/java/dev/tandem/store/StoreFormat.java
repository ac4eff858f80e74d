package dev.tandem.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The version of a JSON store's layout, kept in {@code store-format.json} at its root. Format 1 is a
 * store from before inline codes (it has no such file); format 2 may hold {@code codes} in sources,
 * targets and history lines. A store is marked with the current format on its first write, so an
 * older store is read as it is and upgraded only when this Tandem changes it; a store marked with a
 * newer format than this Tandem knows is refused rather than read with parts of it dropped.
 */
final class StoreFormat {

    static final String FILE = "store-format.json";
    static final int CURRENT = 2;
    private static final int BEFORE_MARKERS = 1;

    /** What the file says. */
    record Marker(int format) {
    }

    private final Path root;
    private final ObjectMapper mapper;
    private final DocumentFiles files;
    private final JsonFile<Marker> file;
    private volatile boolean marked;

    StoreFormat(Path root, ObjectMapper mapper, AtomicFileWriter writer, DocumentFiles files) {
        this.root = root;
        this.mapper = mapper;
        this.files = files;
        this.file = new JsonFile<>(root.resolve(FILE), Marker.class, mapper, writer);
    }

    int found() {
        return file.read().map(Marker::format).orElse(BEFORE_MARKERS);
    }

    void requireReadable() {
        int found = found();
        if (found > CURRENT) {
            throw new TandemException(TandemException.Kind.UNSUPPORTED, "the store " + root + " was written by a newer Tandem (store format "
                    + found + "; this Tandem reads formats up to " + CURRENT + "): update Tandem to open it");
        }
    }

    private byte[] markerBytes() {
        try {
            return JsonFile.text(mapper, new Marker(CURRENT)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a record of one number did not serialize", e);
        }
    }

    /** Before a write: the store says it is of the current format (written once). */
    void markWritten() {
        if (!marked) {
            synchronized (this) {
                if (!marked && found() < CURRENT) {
                    files.writeBytes(root.resolve(FILE), markerBytes());
                }
                marked = true;
            }
        }
    }
}
