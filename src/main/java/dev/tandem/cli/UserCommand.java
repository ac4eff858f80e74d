package dev.tandem.cli;

import dev.tandem.model.TandemException;
import dev.tandem.web.auth.Account;
import dev.tandem.web.auth.Accounts;
import dev.tandem.web.auth.Grant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tandem user add|password|roles|remove|list}: the accounts that may sign in to a server
 * reachable beyond this machine. Passwords come from the console or standard input, never from
 * the command line. A running server sees the changes at once.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the accounts that sign in to `serve` (kept in DATA/.tandem/accounts.json, never committed; "
                + "with --db, in the team's database, shared by all its servers).",
        subcommands = {UserCommand.Add.class, UserCommand.Password.class, UserCommand.Roles.class,
                UserCommand.Remove.class, UserCommand.ListAccounts.class})
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static List<Grant> grants(List<String> roles) {
        return roles.stream().map(Grant::parse).toList();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account; the password is asked for (or read from the first line of standard input).")
    static final class Add extends AccountsOption {
        @Parameters(paramLabel = "NAME", description = "The name to sign in with; also what saves record as 'by'.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin, translator:LANG or reviewer:LANG (LANG may be *); repeatable.")
        List<String> roles;

        @Override
        Integer run() {
            List<Grant> grants = grants(roles);
            Accounts accounts = accounts();
            Account account = accounts.add(name, PasswordInput.system().read(name), grants);
            out().println("added " + account.name() + " (" + String.join(", ", account.roles()) + ") to " + accounts.where());
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set a new password for an account.")
    static final class Password extends AccountsOption {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        Integer run() {
            Accounts accounts = accounts();
            accounts.find(name).orElseThrow(() -> TandemException.notFound("no account named " + name));
            accounts.setPassword(name, PasswordInput.system().read(name));
            out().println("new password set for " + name);
            return 0;
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "Replace the roles of an account.")
    static final class Roles extends AccountsOption {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, translator:LANG or reviewer:LANG; repeatable.")
        List<String> roles;

        @Override
        Integer run() {
            accounts().setRoles(name, grants(roles));
            out().println(name + ": " + String.join(", ", grants(roles).stream().map(Grant::toString).toList()));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete an account and its API tokens.")
    static final class Remove extends AccountsOption {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        Integer run() {
            accounts().remove(name);
            out().println("removed " + name);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The accounts, their roles and how many API tokens each has.")
    static final class ListAccounts extends AccountsOption {
        @Override
        Integer run() {
            for (Account account : accounts().list()) {
                out().println(account.name() + "\t" + String.join(",", account.roles()) + "\t" + account.tokens().size() + " token(s)");
            }
            return 0;
        }
    }
}
