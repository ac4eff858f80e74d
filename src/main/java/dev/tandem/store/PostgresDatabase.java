package dev.tandem.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tandem.model.TandemException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * A PostgreSQL database holding a Tandem store: a HikariCP pool over the JDBC driver, the schema
 * brought up to date by Flyway ({@code db/migration}) when it is opened, and transactions that
 * turn a database that went away into one message for the user instead of a stack trace.
 */
public final class PostgresDatabase implements AutoCloseable {

    /** How long a request waits for a connection before it is told the database is unavailable. */
    private static final long CONNECTION_TIMEOUT_MS = 3_000;

    /** Work inside one transaction; SQL errors are the database's, anything else is the caller's. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final String url;
    private final String user;
    private final String password;
    private final HikariDataSource pool;

    private PostgresDatabase(String url, String user, String password, HikariDataSource pool) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.pool = pool;
    }

    /**
     * Connects to {@code url} ({@code jdbc:postgresql://host[:port]/db}) and migrates its schema.
     *
     * @throws TandemException when the URL is not PostgreSQL's or the database cannot be reached
     */
    public static PostgresDatabase open(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw TandemException.badInput("--db needs a PostgreSQL JDBC URL such as jdbc:postgresql://localhost/tandem, not " + url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setInitializationFailTimeout(-1); // fail below, with our message, not in the pool's constructor
        config.setAutoCommit(false);
        config.setPoolName("tandem-store");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "tandem");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway flyway = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
            requireNoNewerSchema(url, flyway, pool);
            flyway.migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new TandemException(TandemException.Kind.UNAVAILABLE, "cannot open the database " + url + ": "
                    + rootMessage(e), e);
        }
        return new PostgresDatabase(url, user, password, pool);
    }

    /**
     * A schema that a newer Tandem migrated further than this one knows (Flyway would skip those
     * migrations quietly) is refused: reading it could drop what the newer version stores.
     */
    private static void requireNoNewerSchema(String url, Flyway flyway, HikariDataSource pool) {
        MigrationInfo[] applied = flyway.info().applied();
        for (MigrationInfo migration : applied) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED) {
                pool.close();
                throw new TandemException(TandemException.Kind.UNSUPPORTED, "the database " + url + " was set up by a newer Tandem (schema "
                        + applied[applied.length - 1].getVersion() + "): update Tandem to open it");
            }
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none. When the database went
     * away and came back, the pool still holds connections the server closed; the first use of one
     * fails before anything was committed, so the idle ones are evicted and the work runs once more
     * on a fresh connection. A failure during the commit itself is never retried: its outcome is
     * unknown, and the caller must hear of it.
     */
    <T> T transaction(Work<T> work) {
        try {
            return attempt(work);
        } catch (StaleConnection stale) {
            pool.getHikariPoolMXBean().softEvictConnections();
            try {
                return attempt(work);
            } catch (StaleConnection again) {
                throw failure(again.cause);
            }
        }
    }

    private <T> T attempt(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            T result;
            try {
                result = work.run(connection);
            } catch (SQLException e) {
                rollbackQuietly(connection);
                if (isConnectionLost(e)) {
                    throw new StaleConnection(e);
                }
                throw e;
            } catch (RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A connection that broke before its transaction committed: nothing was written. */
    private static final class StaleConnection extends RuntimeException {
        private final SQLException cause;

        StaleConnection(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02");
    }

    /** A connection of its own, outside the pool, for listening to notifications. */
    Connection dedicatedConnection() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("ApplicationName", "tandem-listener");
        return DriverManager.getConnection(url, properties);
    }

    /** The user's view of an SQL failure: the database is away (503), or a fault of Tandem's (500). */
    static RuntimeException failure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean away = e instanceof SQLTransientConnectionException || state.startsWith("08")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || state.equals("53300");
        if (away) {
            return new TandemException(TandemException.Kind.UNAVAILABLE,
                    "the database is unavailable (" + rootMessage(e) + "); the change was not made, try again shortly", e);
        }
        return new IllegalStateException("database error " + state + ": " + e.getMessage(), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it and the transaction died with it
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
