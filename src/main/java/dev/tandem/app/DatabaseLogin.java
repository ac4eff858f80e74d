package dev.tandem.app;

import java.util.Objects;

/**
 * Where a team's store lives: a PostgreSQL JDBC URL and the credentials to sign in with (read from
 * the environment or a file by the command line, never from its arguments).
 */
public record DatabaseLogin(String url, String user, String password) {
    public DatabaseLogin {
        Objects.requireNonNull(url, "url");
    }

    /** The URL and user only: a password is never printed or logged. */
    @Override
    public String toString() {
        return url + (user == null ? "" : " as " + user);
    }
}
