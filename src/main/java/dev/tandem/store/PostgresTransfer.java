package dev.tandem.store;

import static dev.tandem.store.PostgresStatements.execute;

import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.Document;
import dev.tandem.model.DocumentId;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Progress;
import dev.tandem.model.Translation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A database store's content moved in and out as it is, for {@code db import} and {@code db export}
 * ({@link StoreTransfer}): a document with every part of its languages, and the project files.
 */
final class PostgresTransfer {

    private final PostgresDatabase database;
    private final PostgresStatements sql;
    private final PostgresNotices notices;

    PostgresTransfer(PostgresDatabase database, PostgresStatements sql, PostgresNotices notices) {
        this.database = database;
        this.sql = sql;
        this.notices = notices;
    }

    /** Stores a document with everything of its languages as they are (a {@code db import}): replaces one of its id. */
    void load(Document document, List<LanguageContent> languages) {
        String id = DocumentId.validate(document.id());
        database.transaction(connection -> {
            PostgresStore.lock(connection, id, PostgresStore.SOURCE_LOCK);
            execute(connection, "DELETE FROM documents WHERE id = ?", id);
            execute(connection, "INSERT INTO documents (id, revision, body) VALUES (?, nextval('document_revisions'), ?::jsonb)",
                    id, sql.write(document));
            for (LanguageContent content : languages) {
                String language = content.translation().language();
                execute(connection, "INSERT INTO translations (document, language) VALUES (?, ?)", id, language);
                PostgresRows.replaceUnits(connection, id, language, content.translation().units());
                PostgresRows.appendHistory(connection, id, language, content.history());
                PostgresComments.append(connection, id, language, content.comments());
                if (content.alignment() != null) {
                    sql.putBody(connection, "alignments", id, language, content.alignment());
                }
                if (content.progress() != null) {
                    sql.putBody(connection, "progress", id, language, content.progress());
                }
                for (Map.Entry<String, String> file : content.files().entrySet()) {
                    PostgresFiles.putTranslationFile(connection, id, language, file.getKey(), file.getValue());
                }
            }
            notices.send(connection, id, null, null);
            return null;
        });
    }

    /** Everything of one language, for a {@code db export}. */
    LanguageContent content(String documentId, LanguageTag language) {
        return database.transaction(connection -> content(connection, documentId, language.tag()));
    }

    LanguageContent content(Connection connection, String documentId, String tag) throws SQLException {
        return new LanguageContent(new Translation(documentId, tag, PostgresRows.units(connection, documentId, tag)),
                PostgresRows.history(connection, documentId, tag, null), PostgresComments.list(connection, documentId, tag),
                sql.body(connection, "alignments", documentId, tag, AlignmentRecord.class).orElse(null),
                sql.body(connection, "progress", documentId, tag, Progress.class).orElse(null),
                PostgresFiles.translationFiles(connection, documentId, tag));
    }

    /** A project file's text as a JSON store's file holds it, for a {@code db export}. */
    Optional<String> projectFileText(String name) {
        return database.transaction(connection -> PostgresFiles.projectText(connection, name));
    }

    /** Stores a project file's text as it is (a {@code db import}). */
    void loadProjectFile(String name, String text) {
        database.transaction(connection -> {
            PostgresFiles.putProject(connection, name, text);
            return null;
        });
    }
}
