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
        requireFolder();
        return Workbench.open(path);
    }

    private void requireFolder() {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw TandemException.badInput("--data " + path + " is a file, not a folder (it names the store's folder)");
        }
    }

    /** A workbench that parses files in child processes, for a server that takes uploads. */
    Workbench isolatedWorkbench() {
        requireFolder();
        return Workbench.open(path, java.time.Clock.systemUTC(), null, dev.tandem.app.Pipeline.Parsing.ISOLATED);
    }
}
