package dev.tandem.store;

import dev.tandem.model.Comment;
import dev.tandem.model.TandemException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The comments of a translation as rows of the {@code comments} table, in the order written. The
 * caller holds the translation's lock: ids are numbered from the comments already there.
 */
final class PostgresComments {

    private final Clock clock;

    PostgresComments(Clock clock) {
        this.clock = clock;
    }

    static List<Comment> list(Connection connection, String document, String language) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, unit, body, by_name, created, resolved, resolved_by,"
                + " resolved_at FROM comments WHERE document = ? AND language = ? ORDER BY position")) {
            select.setString(1, document);
            select.setString(2, language);
            List<Comment> comments = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    comments.add(new Comment(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            PostgresRows.instant(rows.getString(5)), rows.getBoolean(6), rows.getString(7),
                            PostgresRows.instant(rows.getString(8))));
                }
            }
            return comments;
        }
    }

    /** Writes comments in order after those there (a {@code db import} into an empty translation). */
    static void append(Connection connection, String document, String language, List<Comment> comments) throws SQLException {
        for (int i = 0; i < comments.size(); i++) {
            put(connection, document, language, i, comments.get(i));
        }
    }

    Comment add(Connection connection, String document, String language, String unitId, String text, String by) throws SQLException {
        List<Comment> comments = list(connection, document, language);
        Comment comment = new Comment("c" + (comments.size() + 1), unitId, text, by, clock.instant(), false, null, null);
        put(connection, document, language, comments.size(), comment);
        return comment;
    }

    /** Resolves a comment once: a second resolution keeps who resolved it first. */
    Comment resolve(Connection connection, String document, String language, String commentId, String by) throws SQLException {
        List<Comment> comments = list(connection, document, language);
        for (int i = 0; i < comments.size(); i++) {
            Comment comment = comments.get(i);
            if (comment.id().equals(commentId)) {
                if (comment.resolved()) {
                    return comment;
                }
                Comment resolved = comment.resolve(by, clock.instant());
                put(connection, document, language, i, resolved);
                return resolved;
            }
        }
        throw TandemException.notFound("no comment " + commentId + " in " + document + " (" + language + ")");
    }

    /** Writes a comment at {@code position}, replacing the one of its id (a resolution). */
    private static void put(Connection connection, String document, String language, int position, Comment comment)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO comments (document, language, position, id, unit,"
                + " body, by_name, created, resolved, resolved_by, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (document, language, id) DO UPDATE SET resolved = excluded.resolved,"
                + " resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at")) {
            upsert.setString(1, document);
            upsert.setString(2, language);
            upsert.setInt(3, position);
            upsert.setString(4, comment.id());
            upsert.setString(5, comment.unit());
            upsert.setString(6, comment.text());
            upsert.setString(7, comment.by());
            upsert.setString(8, PostgresRows.text(comment.created()));
            upsert.setBoolean(9, comment.resolved());
            upsert.setString(10, comment.resolvedBy());
            upsert.setString(11, PostgresRows.text(comment.resolvedAt()));
            upsert.executeUpdate();
        }
    }
}
