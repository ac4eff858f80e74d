package dev.tandem.web.auth;

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

    private final AccountFile file;
    private final PasswordHashing passwords = new PasswordHashing();
    private final SecureRandom random;
    private final Clock clock;
    private String loadedStamp;
    private List<Account> accounts = List.of();

    private Accounts(AccountFile file, SecureRandom random, Clock clock) {
        this.file = file;
        this.random = random;
        this.clock = clock;
    }

    public static Accounts in(Path dataFolder, JsonBodies json) {
        return new Accounts(new AccountFile(dataFolder.resolve(FILE), json), new SecureRandom(), Clock.systemUTC());
    }

    public Path path() {
        return file.path();
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
        if (find(name).isPresent()) {
            throw TandemException.badInput("there is already an account named " + name);
        }
        if (grants.isEmpty()) {
            throw TandemException.badInput("give the account a role: --role admin, --role translator:fr or --role reviewer:fr");
        }
        Account account = new Account(name, passwords.hash(checkPassword(password)),
                grants.stream().map(Grant::toString).toList(), List.of());
        List<Account> changed = new ArrayList<>(current());
        changed.add(account);
        save(changed);
        return account;
    }

    public synchronized void setPassword(String name, String password) {
        Account account = existing(name);
        replace(new Account(name, passwords.hash(checkPassword(password)), account.roles(), account.tokens()));
    }

    public synchronized void setRoles(String name, List<Grant> grants) {
        Account account = existing(name);
        replace(new Account(name, account.passwordHash(), grants.stream().map(Grant::toString).toList(), account.tokens()));
    }

    public synchronized void remove(String name) {
        existing(name);
        save(current().stream().filter(account -> !account.name().equals(name)).toList());
    }

    /** Makes an API token for the account and returns its secret, which is not stored and not shown again. */
    public synchronized String createToken(String name, String label) {
        Account account = existing(name);
        byte[] idBytes = new byte[6];
        byte[] secretBytes = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secretBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        List<ApiToken> tokens = new ArrayList<>(account.tokens());
        tokens.add(new ApiToken(id, sha256(secret), label == null || label.isBlank() ? null : label.strip(), clock.instant()));
        replace(new Account(name, account.passwordHash(), account.roles(), tokens));
        return TOKEN_PREFIX + id + "_" + secret;
    }

    /** Revokes a token by its id (the part after {@code tdm_} and before the next {@code _}). */
    public synchronized void revokeToken(String id) {
        for (Account account : current()) {
            if (account.token(id).isPresent()) {
                replace(new Account(account.name(), account.passwordHash(), account.roles(),
                        account.tokens().stream().filter(token -> !token.id().equals(id)).toList()));
                return;
            }
        }
        throw TandemException.notFound("no API token with id " + id);
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
        String stamp = file.stamp();
        if (!stamp.equals(loadedStamp)) {
            accounts = file.read().accounts();
            loadedStamp = stamp;
        }
        return accounts;
    }

    private Account existing(String name) {
        return find(name).orElseThrow(() -> TandemException.notFound("no account named " + name));
    }

    private void replace(Account changed) {
        save(current().stream().map(account -> account.name().equals(changed.name()) ? changed : account).toList());
    }

    private void save(List<Account> changed) {
        file.write(new AccountFile.Content(changed));
        accounts = List.copyOf(changed);
        loadedStamp = file.stamp();
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
