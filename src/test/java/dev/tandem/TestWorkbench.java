package dev.tandem;

import dev.tandem.app.Workbench;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared set-up for tests: a real workbench over a temporary store, and the test fixtures. */
public final class TestWorkbench {

    private TestWorkbench() {
    }

    public static Path fixture(String name) {
        try (InputStream input = TestWorkbench.class.getResourceAsStream("/fixtures/" + name)) {
            if (input == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            Path copy = Files.createTempDirectory("tandem-fixture").resolve(name);
            Files.write(copy, input.readAllBytes());
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbench over {@code data} with the seed article imported as {@code seed}. */
    public static Workbench withSeed(Path data) {
        return seeded(Workbench.open(data));
    }

    /** A workbench over {@code data} with the given stages and the seed article imported as {@code seed}. */
    public static Workbench withSeed(Path data, dev.tandem.app.Pipeline pipeline) {
        java.time.Clock clock = java.time.Clock.systemUTC();
        return seeded(new Workbench(pipeline, new dev.tandem.store.JsonFolderStore(data, dev.tandem.store.JsonMapperFactory.create(),
                new dev.tandem.store.AtomicFileWriter(), clock), data, clock));
    }

    private static Workbench seeded(Workbench workbench) {
        workbench.documents().importFile(fixture("seed-article.txt"), dev.tandem.model.LanguageTag.of("en"), "seed");
        return workbench;
    }
}
