package dev.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.TandemException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store on a real PostgreSQL: the same contract as the JSON folder, each test in a database of its own. */
class PostgresStoreTest extends DocumentStoreContract {

    private TestDatabase database;
    private final List<PostgresStore> opened = new ArrayList<>();

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        opened.forEach(PostgresStore::close);
        if (database != null) {
            database.close();
        }
    }

    @Override
    public PostgresStore openStore() {
        PostgresStore store = new PostgresStore(database.open(), CLOCK);
        opened.add(store);
        return store;
    }

    @Test
    void aDatabaseANewerTandemSetUpIsRefusedInsteadOfBeingReadWithPartsDropped() throws SQLException {
        openStore().close();
        try (Connection connection = DriverManager.getConnection(database.url(), TestDatabase.user(), TestDatabase.password());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'from a newer Tandem', 'SQL', 'V99__newer.sql', 0,"
                    + " 'tandem', 0, true)");
        }

        TandemException refused = assertThrows(TandemException.class, database::open);
        assertEquals(TandemException.Kind.UNSUPPORTED, refused.kind());
        assertTrue(refused.getMessage().contains("was set up by a newer Tandem (schema 99)"), refused.getMessage());
    }
}
