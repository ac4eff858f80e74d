package dev.tandem.store;

import static dev.tandem.store.PostgresStatements.strings;

import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of a database store and the languages of each, kept by this server under the
 * catalog's revision ({@code V4__revisions_servers_keep.sql}), which every commit that adds,
 * replaces or removes a document or a language moves on, on whichever server: while it stands
 * still, listing them (as every save's checks do) is one query of one row, however large the store.
 */
final class PostgresCatalog {

    private record Listing(long revision, List<Document> documents, Map<String, List<LanguageTag>> languages) {
    }

    private final PostgresDocuments documentRows;
    private volatile Listing listing;

    PostgresCatalog(PostgresDocuments documentRows) {
        this.documentRows = documentRows;
    }

    /** Every document, by id. */
    List<Document> documents(Connection connection) throws SQLException {
        return current(connection).documents();
    }

    /** The stored languages of every document, by document id. */
    Map<String, List<LanguageTag>> languagesOfEveryDocument(Connection connection) throws SQLException {
        return current(connection).languages();
    }

    private Listing current(Connection connection) throws SQLException {
        // The revision before the lists: a commit in between gives lists newer than their revision, read again next time.
        long revision = Long.parseLong(strings(connection, "SELECT revision::text FROM catalog").get(0));
        Listing known = listing;
        if (known != null && known.revision() == revision) {
            return known;
        }
        Map<String, List<String>> tags = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT document, language FROM translations");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tags.computeIfAbsent(rows.getString(1), document -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<String, List<LanguageTag>> languages = new HashMap<>();
        tags.forEach((document, list) -> languages.put(document, inFolderOrder(list).stream().map(LanguageTag::of).toList()));
        Listing read = new Listing(revision, documentRows.all(connection), Map.copyOf(languages));
        listing = read;
        return read;
    }

    /** Stored languages in the JSON folder's order (by file name, {@code fr-CA.json} before {@code fr.json}). */
    static List<String> languages(Connection connection, String documentId) throws SQLException {
        return inFolderOrder(strings(connection, "SELECT language FROM translations WHERE document = ?", documentId));
    }

    private static List<String> inFolderOrder(List<String> tags) {
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(Comparator.comparing(tag -> tag + ".json"));
        return sorted;
    }
}
