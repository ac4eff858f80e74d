package dev.tandem.store;

import static dev.tandem.store.PostgresStatements.execute;
import static dev.tandem.store.PostgresStatements.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.model.SharedText;
import dev.tandem.model.TandemException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The small JSON files of a store as rows: {@code project_files} (the glossary) and
 * {@code translation_files} (a translation's ignored QA findings), each holding the text the JSON
 * folder's file would hold. An update holds a lock of the file until it commits, on every server.
 */
final class PostgresFiles {

    private final PostgresDatabase database;
    private final ObjectMapper mapper;

    PostgresFiles(PostgresDatabase database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    <T> StoredJson<T> project(String name, Class<T> type) {
        return new Row<>(type, "project_files", "name = ?", name) {
            @Override
            void put(Connection connection, String text) throws SQLException {
                putProject(connection, name, text);
            }

            @Override
            public String version() {
                List<String> revisions = database.transaction(connection ->
                        strings(connection, "SELECT revision::text FROM project_files WHERE name = ?", name));
                return revisions.isEmpty() ? "none" : revisions.get(0);
            }
        };
    }

    <T> StoredJson<T> translation(String document, String language, String name, Class<T> type) {
        return new Row<>(type, "translation_files", "document = ? AND language = ? AND name = ?", document, language, name) {
            @Override
            void put(Connection connection, String text) throws SQLException {
                putTranslationFile(connection, document, language, name, text);
            }

            /** Not tracked (nothing keeps a copy): never equal to an earlier answer. */
            @Override
            public String version() {
                return "unversioned-" + System.nanoTime();
            }
        };
    }

    /** A settings file of the team ({@code team_files}): the accounts, the segmentation rules. */
    SharedText team(String name) {
        return new SharedText() {
            @Override
            public Optional<String> read() {
                return database.transaction(connection -> teamText(connection, name));
            }

            @Override
            public String version() {
                List<String> revisions = database.transaction(connection ->
                        strings(connection, "SELECT revision::text FROM team_files WHERE name = ?", name));
                return revisions.isEmpty() ? "none" : revisions.get(0);
            }

            @Override
            public String update(Function<Optional<String>, String> change) {
                return database.transaction(connection -> {
                    PostgresStore.lock(connection, "team_files", name);
                    String changed = change.apply(teamText(connection, name));
                    putTeam(connection, name, changed);
                    return changed;
                });
            }
        };
    }

    static Optional<String> teamText(Connection connection, String name) throws SQLException {
        return strings(connection, "SELECT body FROM team_files WHERE name = ?", name).stream().findFirst();
    }

    static void putTeam(Connection connection, String name, String text) throws SQLException {
        execute(connection, "INSERT INTO team_files (name, revision, body) VALUES (?, nextval('team_file_revisions'), ?)"
                + " ON CONFLICT (name) DO UPDATE SET revision = excluded.revision, body = excluded.body", name, text);
    }

    static void putProject(Connection connection, String name, String text) throws SQLException {
        execute(connection, "INSERT INTO project_files (name, revision, body) VALUES (?, nextval('project_file_revisions'), ?)"
                + " ON CONFLICT (name) DO UPDATE SET revision = excluded.revision, body = excluded.body", name, text);
    }

    static Optional<String> projectText(Connection connection, String name) throws SQLException {
        return strings(connection, "SELECT body FROM project_files WHERE name = ?", name).stream().findFirst();
    }

    static void putTranslationFile(Connection connection, String document, String language, String name, String text)
            throws SQLException {
        execute(connection, "INSERT INTO translation_files (document, language, name, body) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (document, language, name) DO UPDATE SET body = excluded.body", document, language, name, text);
    }

    /** A translation's files by name, in name order. */
    static Map<String, String> translationFiles(Connection connection, String document, String language) throws SQLException {
        Map<String, String> files = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, body FROM translation_files WHERE document = ? AND language = ? ORDER BY name")) {
            select.setString(1, document);
            select.setString(2, language);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    files.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return files;
    }

    /** One row holding a file's text. */
    private abstract class Row<T> implements StoredJson<T> {
        private final Class<T> type;
        private final String table;
        private final String where;
        private final String[] key;

        Row(Class<T> type, String table, String where, String... key) {
            this.type = type;
            this.table = table;
            this.where = where;
            this.key = key;
        }

        abstract void put(Connection connection, String text) throws SQLException;

        @Override
        public Optional<T> read() {
            return database.transaction(this::read);
        }

        private Optional<T> read(Connection connection) throws SQLException {
            List<String> bodies = strings(connection, "SELECT body FROM " + table + " WHERE " + where, key);
            return bodies.isEmpty() ? Optional.empty() : Optional.of(parse(bodies.get(0)));
        }

        @Override
        public void write(T value) {
            database.transaction(connection -> {
                put(connection, text(value));
                return null;
            });
        }

        @Override
        public T update(T empty, UnaryOperator<T> change) {
            return database.transaction(connection -> {
                PostgresStore.lock(connection, table, String.join("/", key));
                T changed = change.apply(read(connection).orElse(empty));
                put(connection, text(changed));
                return changed;
            });
        }

        private T parse(String text) {
            try {
                return mapper.readValue(text, type);
            } catch (IOException e) {
                throw TandemException.badInput("the database holds a " + type.getSimpleName() + " Tandem cannot read: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }

        private String text(T value) {
            try {
                return JsonFile.text(mapper, value);
            } catch (IOException e) {
                throw new IllegalStateException("cannot serialize " + type.getSimpleName(), e);
            }
        }
    }
}
