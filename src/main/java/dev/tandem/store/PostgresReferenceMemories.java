package dev.tandem.store;

import static dev.tandem.store.PostgresStatements.execute;
import static dev.tandem.store.PostgresStatements.strings;

import dev.tandem.model.ReferenceMemory;
import dev.tandem.model.TandemException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** The reference memories in the {@code reference_memories} table: the listing entry and the TMX file's bytes. */
final class PostgresReferenceMemories implements ReferenceMemories {

    private final PostgresDatabase database;
    private final PostgresStatements sql;
    private final PostgresNotices notices;

    /** Each change is announced through {@code notices}, so the other servers' memories index it too. */
    PostgresReferenceMemories(PostgresDatabase database, PostgresStatements sql, PostgresNotices notices) {
        this.database = database;
        this.sql = sql;
        this.notices = notices;
    }

    @Override
    public List<ReferenceMemory> list() {
        return database.transaction(connection -> strings(connection, "SELECT listing FROM reference_memories ORDER BY name"))
                .stream().map(listing -> sql.read(listing, ReferenceMemory.class)).toList();
    }

    @Override
    public byte[] content(ReferenceMemory memory) {
        return database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT content FROM reference_memories WHERE name = ?")) {
                select.setString(1, memory.name());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw TandemException.notFound("no reference memory " + memory.name());
                    }
                    return row.getBytes(1);
                }
            }
        });
    }

    @Override
    public void add(ReferenceMemory memory, byte[] content) {
        database.transaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO reference_memories (name, listing, content)"
                    + " VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET listing = excluded.listing, content = excluded.content")) {
                upsert.setString(1, memory.name());
                upsert.setString(2, sql.write(memory));
                upsert.setBytes(3, content);
                upsert.executeUpdate();
            }
            notices.send(connection, null, null, null);
            return null;
        });
    }

    @Override
    public void remove(ReferenceMemory memory) {
        database.transaction(connection -> {
            execute(connection, "DELETE FROM reference_memories WHERE name = ?", memory.name());
            notices.send(connection, null, null, null);
            return null;
        });
    }
}
