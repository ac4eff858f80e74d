package dev.tandem.cli;

import dev.tandem.model.TandemException;
import dev.tandem.web.auth.Account;
import dev.tandem.web.auth.Accounts;
import dev.tandem.web.auth.ApiToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tandem token create|list|revoke}: API tokens for scripts and the CLI, sent as
 * {@code Authorization: Bearer tdm_…}; each acts as its account, with the account's roles.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manage API tokens (Authorization: Bearer …) for scripts; a token acts as its account.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Make a token for an account and print it once (it is stored only as a hash).")
    static final class Create extends AccountsOption {
        @Parameters(paramLabel = "NAME", description = "The account the token acts as.")
        String name;
        @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for, shown by `token list`.")
        String label;

        @Override
        Integer run() {
            out().println(accounts().createToken(name, label));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The tokens of every account (ids and labels, never the secrets).")
    static final class ListTokens extends AccountsOption {
        @Override
        Integer run() {
            for (Account account : accounts().list()) {
                for (ApiToken token : account.tokens()) {
                    out().println(token.id() + "\t" + account.name() + "\t" + token.created() + "\t" + (token.label() == null ? "" : token.label()));
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id (from `token list`).")
    static final class Revoke extends AccountsOption {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        Integer run() {
            Accounts accounts = accounts();
            if (id.startsWith("tdm_")) {
                throw TandemException.badInput("give the token's id (from `tandem token list`), not the token itself");
            }
            accounts.revokeToken(id);
            out().println("revoked " + id);
            return 0;
        }
    }
}
