package dev.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.InlineCode;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Units and history entries as rows of the tables of {@code V1__store.sql} (codes: {@code V3__inline_codes.sql}), and back. */
final class PostgresRows {

    private static final String UNIT_COLUMNS = "id, sources, target, status, rev, updated, by_name, source_hash, note, sub_state, codes";
    /** Reads and writes the {@code codes} columns: the same JSON as the store's files. */
    private static final ObjectMapper CODES_JSON = JsonMapperFactory.create();
    private static final TypeReference<List<InlineCode>> CODE_LIST = new TypeReference<>() { };

    private PostgresRows() {
    }

    /** The units of a translation in order; empty when none are stored. */
    static List<Unit> units(Connection connection, String document, String language) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + UNIT_COLUMNS
                + " FROM units WHERE document = ? AND language = ? ORDER BY position")) {
            select.setString(1, document);
            select.setString(2, language);
            List<Unit> units = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    units.add(unit(rows));
                }
            }
            return units;
        }
    }

    private static Unit unit(ResultSet rows) throws SQLException {
        String[] sources = (String[]) rows.getArray(2).getArray();
        return new Unit(rows.getString(1), Arrays.asList(sources), rows.getString(3), status(rows.getString(4)), rows.getLong(5),
                instant(rows.getString(6)), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                codes(rows.getString(11)));
    }

    /** Replaces every unit of a translation (an import, a merge or split, an alignment). */
    static void replaceUnits(Connection connection, String document, String language, List<Unit> units) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM units WHERE document = ? AND language = ?")) {
            delete.setString(1, document);
            delete.setString(2, language);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO units (document, language, position, "
                + UNIT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
            int position = 0;
            for (Unit unit : units) {
                insert.setString(1, document);
                insert.setString(2, language);
                insert.setInt(3, position++);
                insert.setString(4, unit.id());
                bindUnit(connection, insert, 5, unit);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Saves a unit in place if it is still at {@code baseRev}: the optimistic check in SQL.
     *
     * @return false when another writer saved the unit first (nothing was changed)
     */
    static boolean update(Connection connection, String document, String language, Unit unit, long baseRev) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE units SET sources = ?, target = ?, status = ?, rev = ?,"
                + " updated = ?, by_name = ?, source_hash = ?, note = ?, sub_state = ?, codes = CAST(? AS jsonb)"
                + " WHERE document = ? AND language = ? AND id = ? AND rev = ?")) {
            bindUnit(connection, update, 1, unit);
            update.setString(11, document);
            update.setString(12, language);
            update.setString(13, unit.id());
            update.setLong(14, baseRev);
            return update.executeUpdate() == 1;
        }
    }

    /** Binds sources … codes from {@code first} on. */
    private static void bindUnit(Connection connection, PreparedStatement statement, int first, Unit unit) throws SQLException {
        Array sources = connection.createArrayOf("text", unit.sources().toArray());
        statement.setArray(first, sources);
        statement.setString(first + 1, unit.target());
        statement.setString(first + 2, name(unit.status()));
        statement.setLong(first + 3, unit.rev());
        statement.setString(first + 4, text(unit.updated()));
        statement.setString(first + 5, unit.by());
        statement.setString(first + 6, unit.sourceHash());
        statement.setString(first + 7, unit.note());
        statement.setString(first + 8, unit.subState());
        statement.setString(first + 9, json(unit.codes()));
    }

    private static String json(List<InlineCode> codes) throws SQLException {
        if (codes.isEmpty()) {
            return null;
        }
        try {
            return CODES_JSON.writeValueAsString(codes);
        } catch (JsonProcessingException e) {
            throw new SQLException("inline codes cannot be written as JSON", e);
        }
    }

    private static List<InlineCode> codes(String json) throws SQLException {
        if (json == null) {
            return List.of();
        }
        try {
            return CODES_JSON.readValue(json, CODE_LIST);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored inline codes are not readable", e);
        }
    }

    /** Appends history lines in order; a (unit, rev) already there is kept as it is (the first one wins). */
    static void appendHistory(Connection connection, String document, String language, List<HistoryLog.Line> lines)
            throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO history (document, language, unit, rev, target,"
                + " status, by_name, updated, codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT DO NOTHING")) {
            for (HistoryLog.Line line : lines) {
                insert.setString(1, document);
                insert.setString(2, language);
                insert.setString(3, line.unit());
                insert.setLong(4, line.rev());
                insert.setString(5, line.target());
                insert.setString(6, name(line.status()));
                insert.setString(7, line.by());
                insert.setString(8, text(line.updated()));
                insert.setString(9, json(line.codes()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<HistoryLog.Line> lines(List<Unit> replaced) {
        return replaced.stream().map(HistoryLog.Line::of).toList();
    }

    /** Every history line of a translation in the order written; {@code unit} null for all units. */
    static List<HistoryLog.Line> history(Connection connection, String document, String language, String unit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT unit, rev, target, status, by_name, updated, codes FROM history"
                + " WHERE document = ? AND language = ?" + (unit == null ? "" : " AND unit = ?") + " ORDER BY seq")) {
            select.setString(1, document);
            select.setString(2, language);
            if (unit != null) {
                select.setString(3, unit);
            }
            List<HistoryLog.Line> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new HistoryLog.Line(rows.getString(1), rows.getLong(2), rows.getString(3), status(rows.getString(4)),
                            rows.getString(5), instant(rows.getString(6)), codes(rows.getString(7))));
                }
            }
            return lines;
        }
    }

    static List<HistoryEntry> entries(List<HistoryLog.Line> lines) {
        return lines.stream().map(HistoryLog.Line::entry).toList();
    }

    private static String name(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Status status(String name) {
        return Status.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
