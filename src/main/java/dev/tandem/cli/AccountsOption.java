package dev.tandem.cli;

import dev.tandem.web.JsonBodies;
import dev.tandem.web.auth.Accounts;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every {@code user} and {@code token} subcommand shares: the data folder's accounts and the output. */
abstract class AccountsOption implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    Accounts accounts() {
        return Accounts.in(data.path(), JsonBodies.create());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
