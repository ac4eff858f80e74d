package dev.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Document;
import dev.tandem.model.StaleSaveException;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.UnitEdit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Two servers on one database: what one keeps of a translation or of the listing is never older than the other's change. */
    @Test
    void whatOneServerReadsIsWhatAnotherServerChangedNotACopyItKept() {
        PostgresStore serverA = openStore();
        PostgresStore serverB = openStore();
        serverA.importDocument(document("doc", "One.", "Two."));
        String first = serverB.translation("doc", FRENCH).units().get(0).id();
        assertEquals(List.of(), serverB.languages("doc"));
        assertEquals(Map.of(), serverB.languagesOfEveryDocument());

        save(serverA, new UnitEdit(first, 0, "Un.", Status.TRANSLATED, "Ana", null));
        assertEquals("Un.", serverB.translation("doc", FRENCH).units().get(0).target());
        assertEquals(List.of(FRENCH), serverB.languagesOfEveryDocument().get("doc"));
        save(serverB, new UnitEdit(first, 1, "Une.", Status.TRANSLATED, "Ben", null));
        assertEquals("Une.", serverA.translation("doc", FRENCH).units().get(0).target());
        StaleSaveException stale = assertThrows(StaleSaveException.class,
                () -> save(serverA, new UnitEdit(first, 1, "Uno.", Status.TRANSLATED, "Ana", null)));
        assertEquals("Une.", stale.current().target());

        serverB.importDocument(document("doc", "One.", "Two changed."));
        assertEquals(serverB.translation("doc", FRENCH), serverA.translation("doc", FRENCH));
        serverA.importDocument(document("other", "Three."));
        assertEquals(List.of("doc", "other"), serverB.documents().stream().map(Document::id).toList());
        serverA.removeLanguage("doc", FRENCH);
        assertEquals(Map.of(), serverB.languagesOfEveryDocument());
        assertEquals("", serverB.translation("doc", FRENCH).units().get(0).target(), "a removed language starts afresh");
        serverB.deleteDocument("other");
        assertEquals(List.of("doc"), serverA.documents().stream().map(Document::id).toList());
    }
}
