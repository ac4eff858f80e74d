package dev.tandem.cli;

import dev.tandem.app.Workbench;
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

    Workbench workbench() {
        return Workbench.open(path);
    }

    /** A workbench that parses files in child processes, for a server that takes uploads. */
    Workbench isolatedWorkbench() {
        return Workbench.open(path, java.time.Clock.systemUTC(), null, dev.tandem.app.Pipeline.Parsing.ISOLATED);
    }
}
