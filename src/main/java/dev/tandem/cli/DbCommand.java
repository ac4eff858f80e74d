package dev.tandem.cli;

import dev.tandem.app.DatabaseTransfer;
import dev.tandem.app.TeamSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code db import DIR --db URL} and {@code db export DIR --db URL}: a JSON store into PostgreSQL and
 * back; {@code db rules [FILE] --db URL}: the segmentation rules the team's servers share.
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Move a store between a JSON folder and a PostgreSQL database.",
        subcommands = {DbCommand.Import.class, DbCommand.Export.class, DbCommand.Rules.class})
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

    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = "Store an SRX 2.0 file as the team's segmentation rules: every server of the database splits its next "
                    + "import or re-split with them. Without FILE, print the rules stored.")
    static final class Rules implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "0..1", description = "The SRX 2.0 file (checked before it is stored).")
        Path file;
        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() throws IOException {
            String srx = file == null ? null : TextInput.utf8(TextInput.bytes(file), file.toString());
            try (TeamSettings team = TeamSettings.open(database.login())) {
                if (srx == null) {
                    spec.commandLine().getOut().print(team.segmentationRules()
                            .orElse("<!-- no segmentation rules stored: the servers use the built-in rules -->\n"));
                    return 0;
                }
                team.replaceSegmentationRules(srx);
                spec.commandLine().getOut().println("Stored " + file + " as the segmentation rules of " + database.login()
                        + "; every server splits its next import or re-split with them");
                return 0;
            }
        }
    }
}
