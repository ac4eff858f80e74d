package dev.tandem.cli;

import dev.tandem.app.DatabaseTransfer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code db import DIR --db URL} and {@code db export DIR --db URL}: a JSON store into PostgreSQL and back. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Move a store between a JSON folder and a PostgreSQL database.",
        subcommands = {DbCommand.Import.class, DbCommand.Export.class})
final class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Load every document of a JSON store (with history, comments, alignments) into the database; "
                    + "documents of the same ids are replaced.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR", description = "The JSON store folder, e.g. translations.")
        Path folder;
        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            int count = new DatabaseTransfer(Clock.systemUTC()).importFolder(folder, database.login());
            spec.commandLine().getOut().println("Imported " + count + " document(s) from " + folder + " into " + database.login());
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the database as a JSON store into a new or empty folder, in the JSON store's exact format.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR", description = "The folder to write (new or empty).")
        Path folder;
        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            int count = new DatabaseTransfer(Clock.systemUTC()).exportFolder(database.login(), folder);
            spec.commandLine().getOut().println("Exported " + count + " document(s) from " + database.login() + " to " + folder);
            return 0;
        }
    }
}
