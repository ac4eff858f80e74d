package dev.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few statement shapes the database store runs besides its rows of units and history: a text
 * column selected, a statement with text parameters, and a record kept as JSON in a {@code jsonb}
 * column, written with the store's one mapper so that an export gives the JSON files back as they were.
 */
final class PostgresStatements {

    private final ObjectMapper mapper;

    PostgresStatements(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The first column of every row {@code sql} selects, as text. */
    static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    /** Runs an insert, update or delete; returns how many rows it touched. */
    static int execute(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, String... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
    }

    /** The JSON body of a (document, language) in {@code table} ({@code alignments}, {@code progress}). */
    <T> Optional<T> body(Connection connection, String table, String document, String language, Class<T> type) throws SQLException {
        List<String> bodies = strings(connection, "SELECT body::text FROM " + table + " WHERE document = ? AND language = ?",
                document, language);
        return bodies.isEmpty() ? Optional.empty() : Optional.of(read(bodies.get(0), type));
    }

    void putBody(Connection connection, String table, String document, String language, Object value) throws SQLException {
        execute(connection, "INSERT INTO " + table + " (document, language, body) VALUES (?, ?, ?::jsonb)"
                + " ON CONFLICT (document, language) DO UPDATE SET body = excluded.body", document, language, write(value));
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the database holds a " + type.getSimpleName() + " Tandem cannot read", e);
        }
    }
}
