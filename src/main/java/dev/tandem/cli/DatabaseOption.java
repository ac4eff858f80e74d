package dev.tandem.cli;

import dev.tandem.app.DatabaseLogin;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --db JDBC-URL}: a team's store in PostgreSQL. The user and password never come from the
 * command line (where any user of the machine can read them): {@code TANDEM_DB_USER} and
 * {@code TANDEM_DB_PASSWORD}, or {@code TANDEM_DB_PASSWORD_FILE} naming a file that holds it.
 */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "A PostgreSQL database as the store, e.g. jdbc:postgresql://localhost/tandem "
                    + "(user and password from TANDEM_DB_USER and TANDEM_DB_PASSWORD or TANDEM_DB_PASSWORD_FILE).")
    String url;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "A file holding the database password (instead of TANDEM_DB_PASSWORD).")
    Path passwordFile;

    private final Map<String, String> environment;

    DatabaseOption() {
        this(System.getenv());
    }

    DatabaseOption(Map<String, String> environment) {
        this.environment = environment;
    }

    boolean given() {
        return url != null;
    }

    DatabaseLogin login() {
        if (url == null) {
            throw TandemException.badInput("--db is required: the JDBC URL of the database, e.g. jdbc:postgresql://localhost/tandem");
        }
        if (url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw TandemException.badInput("--db must not carry the password (other users of the machine can read command lines):"
                    + " set TANDEM_DB_PASSWORD or use --db-password-file");
        }
        String password = environment.get("TANDEM_DB_PASSWORD");
        String file = passwordFile != null ? passwordFile.toString() : environment.get("TANDEM_DB_PASSWORD_FILE");
        if (file != null && (password == null || passwordFile != null)) {
            try {
                password = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw TandemException.badInput("cannot read the database password from " + file);
            }
        }
        return new DatabaseLogin(url, environment.get("TANDEM_DB_USER"), password);
    }
}
