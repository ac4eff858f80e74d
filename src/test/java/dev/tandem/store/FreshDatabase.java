package dev.tandem.store;

import dev.tandem.ScopedExtension;

/**
 * A {@link TestDatabase} created before and dropped after each test
 * ({@code @RegisterExtension final FreshDatabase database = new FreshDatabase();}).
 */
public final class FreshDatabase extends ScopedExtension {

    private TestDatabase database;

    public TestDatabase get() {
        return database;
    }

    @Override
    protected void open() {
        database = TestDatabase.create();
    }

    @Override
    protected void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
