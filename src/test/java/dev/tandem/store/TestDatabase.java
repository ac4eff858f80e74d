package dev.tandem.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty PostgreSQL database for one test, on the server named by {@code TANDEM_TEST_PG_URL}
 * (with {@code TANDEM_TEST_PG_USER} and {@code TANDEM_TEST_PG_PASSWORD}; {@code .ci/postgres} starts
 * one and prints them). Without that server a test is skipped, except in CI ({@code CI=true}),
 * where it fails: the database tests must run there. Closing drops the database.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String adminUrl;
    private final String name;
    private final String url;

    private TestDatabase(String adminUrl, String name) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    /** A new database, or the test skipped (failed in CI) when no test server is configured. */
    public static TestDatabase create() {
        String adminUrl = System.getenv("TANDEM_TEST_PG_URL");
        if (adminUrl == null || adminUrl.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("TANDEM_TEST_PG_URL is not set: CI must start PostgreSQL for the store tests (.ci/postgres)");
            }
            assumeTrue(false, "no PostgreSQL for tests (set TANDEM_TEST_PG_URL, see .ci/postgres)");
        }
        String name = "tandem_t" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000_000L + "_"
                + COUNTER.incrementAndGet();
        TestDatabase database = new TestDatabase(adminUrl, name);
        database.admin("CREATE DATABASE " + name);
        return database;
    }

    public String url() {
        return url;
    }

    public static String user() {
        return System.getenv("TANDEM_TEST_PG_USER");
    }

    public static String password() {
        return System.getenv("TANDEM_TEST_PG_PASSWORD");
    }

    public PostgresDatabase open() {
        return PostgresDatabase.open(url, user(), password());
    }

    /** Takes the database away: no new connections, every open one cut (as when the server goes down). */
    public void goAway() {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /** Lets connections in again. */
    public void comeBack() {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    private void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        comeBack();
        // FORCE cannot end an autovacuum worker (it runs as the superuser) busy on the tables a test
        // just filled; it finishes within moments, so the drop is tried again for a while.
        for (int attempt = 1; ; attempt++) {
            try {
                admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (IllegalStateException e) {
                if (attempt == 40 || !(e.getCause() instanceof SQLException sql) || !"42501".equals(sql.getSQLState())) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
