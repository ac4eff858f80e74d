package dev.tandem.app;

import dev.tandem.store.PostgresDatabase;
import dev.tandem.store.PostgresStore;
import dev.tandem.store.StoreTransfer;
import java.nio.file.Path;
import java.time.Clock;

/** {@code db import} and {@code db export}: a JSON store into a team's database and back, whole. */
public final class DatabaseTransfer {

    private final Clock clock;

    public DatabaseTransfer(Clock clock) {
        this.clock = clock;
    }

    /** Loads every document of the JSON store at {@code folder}; answers how many. */
    public int importFolder(Path folder, DatabaseLogin database) {
        try (PostgresStore store = open(database)) {
            return new StoreTransfer(clock).importFolder(folder, store);
        }
    }

    /** Writes the database as a JSON store into {@code folder} (new or empty); answers how many documents. */
    public int exportFolder(DatabaseLogin database, Path folder) {
        try (PostgresStore store = open(database)) {
            return new StoreTransfer(clock).exportFolder(store, folder);
        }
    }

    private PostgresStore open(DatabaseLogin database) {
        return new PostgresStore(PostgresDatabase.open(database.url(), database.user(), database.password()), clock);
    }
}
