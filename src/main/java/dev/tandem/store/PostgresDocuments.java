package dev.tandem.store;

import dev.tandem.model.Document;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code documents} table, with each document parsed once: a body is read and parsed again
 * only when its revision moved (an import on this server or another), so listing documents is one
 * query while nothing changed. The caller runs these in its transaction.
 */
final class PostgresDocuments {

    private record Parsed(long revision, Document document) {
    }

    private final PostgresStatements sql;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    PostgresDocuments(PostgresStatements sql) {
        this.sql = sql;
    }

    /** Every document, by id. */
    List<Document> all(Connection connection) throws SQLException {
        Map<String, Long> revisions = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, revision FROM documents");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                revisions.put(rows.getString(1), rows.getLong(2));
            }
        }
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<String, Long> entry : revisions.entrySet()) {
            Parsed cached = parsed.get(entry.getKey());
            if (cached != null && cached.revision() == entry.getValue()) {
                documents.add(cached.document());
            } else {
                find(connection, entry.getKey()).ifPresent(documents::add);
            }
        }
        return documents;
    }

    Optional<Document> find(Connection connection, String documentId) throws SQLException {
        Parsed cached = parsed.get(documentId);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT revision, CASE WHEN revision = ? THEN NULL ELSE body::text END FROM documents WHERE id = ?")) {
            select.setLong(1, cached == null ? -1 : cached.revision());
            select.setString(2, documentId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    parsed.remove(documentId);
                    return Optional.empty();
                }
                String body = row.getString(2);
                if (body == null) {
                    return Optional.of(cached.document());
                }
                Document document = sql.read(body, Document.class);
                parsed.put(documentId, new Parsed(row.getLong(1), document));
                return Optional.of(document);
            }
        }
    }

    /** Stores a document (new, or replacing the one of its id) under a new revision. */
    void put(Connection connection, Document document) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO documents (id, revision, body)"
                + " VALUES (?, nextval('document_revisions'), ?::jsonb)"
                + " ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, body = excluded.body")) {
            upsert.setString(1, document.id());
            upsert.setString(2, sql.write(document));
            upsert.executeUpdate();
        }
    }

    /** A deleted document's parse is dropped. */
    void forget(String documentId) {
        parsed.remove(documentId);
    }
}
