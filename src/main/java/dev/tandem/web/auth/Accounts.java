package dev.tandem.web.auth;

import dev.tandem.app.Workbench;
import dev.tandem.model.SharedText;
import dev.tandem.model.TandemException;
import dev.tandem.web.JsonBodies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The accounts of one data folder. Every change is written at once; a running server re-reads the
 * file when it changes, so accounts and tokens made with the CLI work without a restart.
 */
public final class Accounts {

    /** Where the accounts of a data folder live. */
    public static final String FILE = ".tandem/accounts.json";

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final String TOKEN_PREFIX = "tdm_";

    private final AccountStorage storage;
    private final PasswordHashing passwords = new PasswordHashing();
    private final SecureRandom random;
    private final Clock clock;
    private String loadedStamp;
    private List<Account> accounts = List.of();

    private Accounts(AccountStorage storage, SecureRandom random, Clock clock) {
        this.storage = storage;
        this.random = random;
        this.clock = clock;
    }

    public static Accounts in(Path dataFolder, JsonBodies json) {
        return new Accounts(new AccountFile(dataFolder.resolve(FILE), json), new SecureRandom(), Clock.systemUTC());
    }

    /**
     * The accounts a server signs in: its team's, when the workbench's store is a team's database,
     * else those of {@code dataFolder} (null: none).
     */
    public static Accounts of(Workbench workbench, Path dataFolder, JsonBodies json) {
        return workbench.team().accounts().map(text -> shared(text, json))
                .orElseGet(() -> dataFolder == null ? null : in(dataFolder, json));
    }

    /** The accounts a team's servers share in their database: each server signs in the same people. */
    public static Accounts shared(SharedText text, JsonBodies json) {
        return new Accounts(new SharedAccounts(text, json), new SecureRandom(), Clock.systemUTC());
    }

    /** Where the accounts are kept, for the user: the file, or the team's database. */
    public String where() {
        return storage.where();
    }

    public synchronized List<Account> list() {
        return current();
    }

    public synchronized boolean isEmpty() {
        return current().isEmpty();
    }

    public synchronized Optional<Account> find(String name) {
        return current().stream().filter(account -> account.name().equals(name)).findFirst();
    }

    /** @throws TandemException when the name is taken or malformed, the password too short, or a role unknown */
    public synchronized Account add(String name, String password, List<Grant> grants) {
        checkName(name);
        if (grants.isEmpty()) {
            throw TandemException.badInput("give the account a role: --role admin, --role translator:fr or --role reviewer:fr");
        }
        Account account = new Account(name, passwords.hash(checkPassword(password)),
                grants.stream().map(Grant::toString).toList(), List.of());
        change(current -> {
            if (current.stream().anyMatch(existing -> existing.name().equals(name))) {
                throw TandemException.badInput("there is already an account named " + name);
            }
            List<Account> changed = new ArrayList<>(current);
            changed.add(account);
            return changed;
        });
        return account;
    }

    public synchronized void setPassword(String name, String password) {
        String hash = passwords.hash(checkPassword(password));
        replace(name, account -> new Account(name, hash, account.roles(), account.tokens()));
    }

    public synchronized void setRoles(String name, List<Grant> grants) {
        replace(name, account -> new Account(name, account.passwordHash(), grants.stream().map(Grant::toString).toList(), account.tokens()));
    }

    public synchronized void remove(String name) {
        change(current -> {
            existing(current, name);
            return current.stream().filter(account -> !account.name().equals(name)).toList();
        });
    }

    /** Makes an API token for the account and returns its secret, which is not stored and not shown again. */
    public synchronized String createToken(String name, String label) {
        existing(name);
        byte[] idBytes = new byte[6];
        byte[] secretBytes = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secretBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiToken token = new ApiToken(id, sha256(secret), label == null || label.isBlank() ? null : label.strip(), clock.instant());
        replace(name, account -> {
            List<ApiToken> tokens = new ArrayList<>(account.tokens());
            tokens.add(token);
            return new Account(name, account.passwordHash(), account.roles(), tokens);
        });
        return TOKEN_PREFIX + id + "_" + secret;
    }

    /** Revokes a token by its id (the part after {@code tdm_} and before the next {@code _}). */
    public synchronized void revokeToken(String id) {
        change(current -> {
            if (current.stream().noneMatch(account -> account.token(id).isPresent())) {
                throw TandemException.notFound("no API token with id " + id);
            }
            return current.stream().map(account -> account.token(id).isEmpty() ? account : new Account(account.name(),
                    account.passwordHash(), account.roles(), account.tokens().stream().filter(token -> !token.id().equals(id)).toList()))
                    .toList();
        });
    }

    /** The account when the password is its own; as slow for an unknown name as for a wrong password. */
    public Optional<Account> signIn(String name, String password) {
        Optional<Account> account;
        synchronized (this) {
            account = find(name);
        }
        boolean matches = passwords.matches(password == null ? "" : password, account.map(Account::passwordHash).orElse(null));
        return matches ? account : Optional.empty();
    }

    public synchronized Optional<Account> byToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = token.substring(TOKEN_PREFIX.length()).split("_", 2);
        if (parts.length < 2) {
            return Optional.empty();
        }
        byte[] offered = sha256(parts[1]).getBytes(StandardCharsets.US_ASCII);
        for (Account account : current()) {
            Optional<ApiToken> stored = account.token(parts[0]);
            if (stored.isPresent() && MessageDigest.isEqual(stored.get().sha256().getBytes(StandardCharsets.US_ASCII), offered)) {
                return Optional.of(account);
            }
        }
        return Optional.empty();
    }

    private List<Account> current() {
        String stamp = storage.stamp(); // before the read: a change in between is read again next time
        if (!stamp.equals(loadedStamp)) {
            accounts = storage.read().accounts();
            loadedStamp = stamp;
        }
        return accounts;
    }

    private Account existing(String name) {
        return existing(current(), name);
    }

    private static Account existing(List<Account> accounts, String name) {
        return accounts.stream().filter(account -> account.name().equals(name)).findFirst()
                .orElseThrow(() -> TandemException.notFound("no account named " + name));
    }

    /** Changes the named account as it is when the change is written (on a team, another server may have changed it). */
    private void replace(String name, UnaryOperator<Account> change) {
        change(current -> {
            Account changed = change.apply(existing(current, name));
            return current.stream().map(account -> account.name().equals(name) ? changed : account).toList();
        });
    }

    private void change(UnaryOperator<List<Account>> change) {
        accounts = storage.update(content -> new AccountFile.Content(change.apply(content.accounts()))).accounts();
        loadedStamp = null; // another server may have written since: the next read asks the stamp again
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw TandemException.badInput("an account name has 1 to 64 letters, digits, '.', '_', '-' or '@'");
        }
    }

    private static String checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < PasswordHashing.MIN_LENGTH) {
            throw TandemException.badInput("a password has at least " + PasswordHashing.MIN_LENGTH + " characters");
        }
        return password;
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
