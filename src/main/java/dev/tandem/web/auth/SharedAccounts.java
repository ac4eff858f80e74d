package dev.tandem.web.auth;

import dev.tandem.model.SharedText;
import dev.tandem.web.JsonBodies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The accounts of a team, kept in its database as the text {@code accounts.json} would hold (the
 * passwords as Argon2id hashes): every server signs in the same people, and a change made on one
 * server, or with {@code tandem user … --db}, counts on all of them at their next request.
 */
final class SharedAccounts implements AccountStorage {

    private final SharedText text;
    private final JsonBodies json;

    SharedAccounts(SharedText text, JsonBodies json) {
        this.text = text;
        this.json = json;
    }

    @Override
    public String stamp() {
        return text.version();
    }

    @Override
    public AccountFile.Content read() {
        return text.read().map(this::parse).orElseGet(() -> new AccountFile.Content(null));
    }

    @Override
    public AccountFile.Content update(UnaryOperator<AccountFile.Content> change) {
        return parse(text.update(before -> json.pretty(change.apply(before.map(this::parse)
                .orElseGet(() -> new AccountFile.Content(null)))) + "\n"));
    }

    @Override
    public String where() {
        return "the team's database";
    }

    private AccountFile.Content parse(String stored) {
        try {
            return json.read(stored.getBytes(StandardCharsets.UTF_8), AccountFile.Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the team's database holds accounts Tandem cannot read", e);
        }
    }
}
