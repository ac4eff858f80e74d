package dev.tandem.store;

import dev.tandem.model.Translation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The translations of a database store, the last few this server read or wrote kept in memory
 * under their revision ({@code translations.revision}), which every change of a translation's
 * units takes anew in its transaction, on whichever server: reading a translation that did not
 * change since is one query of one row instead of its units, and a save finds the units it changes
 * in memory. A revision is never reused, so a copy kept from a transaction that rolled back, or of
 * a translation removed and stored again, never matches and is read again.
 */
final class PostgresTranslations {

    /** Translations kept (a few hundred units each); the least recently used goes first. */
    private static final int KEPT = 256;

    private record Kept(long revision, Translation translation) {
    }

    private final Map<String, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    });

    /** The stored translation as it is in this transaction; empty when the language is not stored. */
    Optional<Translation> stored(Connection connection, String document, String language) throws SQLException {
        Optional<Long> revision = revision(connection, document, language);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        String key = key(document, language);
        Kept known = kept.get(key);
        if (known != null && known.revision() == revision.get()) {
            return Optional.of(known.translation());
        }
        Translation read = new Translation(document, language, PostgresRows.units(connection, document, language));
        kept.put(key, new Kept(revision.get(), read));
        return Optional.of(read);
    }

    /** Stores the language (its row; the units are the caller's) and keeps {@code after} as its content. */
    void add(Connection connection, String document, String language, Translation after) throws SQLException {
        keep(connection, "INSERT INTO translations (document, language) VALUES (?, ?) RETURNING revision", document, language, after);
    }

    /** The units of the translation changed in this transaction, to {@code after}: a new revision. */
    void changed(Connection connection, String document, String language, Translation after) throws SQLException {
        keep(connection, "UPDATE translations SET revision = nextval('translation_revisions') WHERE document = ? AND language = ?"
                + " RETURNING revision", document, language, after);
    }

    private void keep(Connection connection, String sql, String document, String language, Translation after) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, document);
            statement.setString(2, language);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    kept.put(key(document, language), new Kept(row.getLong(1), after));
                }
            }
        }
    }

    private static Optional<Long> revision(Connection connection, String document, String language) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT revision FROM translations WHERE document = ? AND language = ?")) {
            select.setString(1, document);
            select.setString(2, language);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static String key(String document, String language) {
        return document + "/" + language;
    }
}
