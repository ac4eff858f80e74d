package dev.tandem.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

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
}
