package dev.tandem.cli;

import dev.tandem.app.Workbench;
import dev.tandem.model.TandemException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where translations are stored; shared by the commands that use the store. */
final class DataOption {

    @Option(names = "--data", defaultValue = "translations",
            description = "Folder of the translation store (default: ${DEFAULT-VALUE}).")
    Path path;

    Path path() {
        return path;
    }

    /**
     * @throws TandemException when {@code --data} names a file: opening a store there would fail
     *                         later with a confusing error, or silently start an empty one beside it
     */
    Workbench workbench() {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw TandemException.badInput("--data " + path + " is a file, not a folder (it names the store's folder)");
        }
        return Workbench.open(path);
    }
}
