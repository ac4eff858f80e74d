package dev.tandem.cli;

import dev.tandem.app.TeamSettings;
import dev.tandem.web.JsonBodies;
import dev.tandem.web.auth.Accounts;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code user} and {@code token} subcommand shares: the accounts (the data folder's, or
 * with {@code --db} the team's in its database, which all its servers sign in with) and the output.
 */
abstract class AccountsOption implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Mixin
    DatabaseOption database;

    private TeamSettings team;

    @Override
    public final Integer call() {
        try {
            return run();
        } finally {
            if (team != null) {
                team.close();
            }
        }
    }

    /** The subcommand itself. */
    abstract Integer run();

    Accounts accounts() {
        if (!database.given()) {
            return Accounts.in(data.path(), JsonBodies.create());
        }
        if (team == null) {
            team = TeamSettings.open(database.login());
        }
        return Accounts.shared(team.accounts().orElseThrow(), JsonBodies.create());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
