package dev.tandem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file of a store folder with its content, to assert that a request changed nothing. */
public final class StoreSnapshot {

    private StoreSnapshot() {
    }

    public static Map<String, String> of(Path data) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(data.relativize(path).toString(), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
