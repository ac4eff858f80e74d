package dev.tandem.store;

import dev.tandem.model.Comment;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comments of one target language, in {@code <doc>/<lang>.comments.json} beside the units: a
 * list in the order they were written, ids {@code c1, c2, …}. A language without comments has no
 * such file, so stores written before comments existed load unchanged and unit saves never rewrite
 * comments. Callers hold the language's lock while writing.
 */
final class UnitComments {

    /** The file's shape: {@code {"comments": [ … ]}}. */
    record CommentFile(List<Comment> comments) {
        CommentFile {
            comments = comments == null ? List.of() : List.copyOf(comments);
        }
    }

    private final DocumentFiles files;
    private final Map<String, List<Comment>> cache = new ConcurrentHashMap<>();

    UnitComments(DocumentFiles files) {
        this.files = files;
    }

    static Path file(Path documentFolder, LanguageTag language) {
        return documentFolder.resolve(language.tag() + ".comments.json");
    }

    List<Comment> list(String documentId, LanguageTag language) {
        return cache.computeIfAbsent(key(documentId, language), key ->
                files.read(file(files.folder(documentId), language), CommentFile.class).map(CommentFile::comments).orElse(List.of()));
    }

    Comment add(String documentId, LanguageTag language, String unitId, String text, String by, Instant now) {
        List<Comment> comments = new ArrayList<>(list(documentId, language));
        Comment comment = new Comment("c" + (comments.size() + 1), unitId, text, by, now, false, null, null);
        comments.add(comment);
        write(documentId, language, comments);
        return comment;
    }

    Comment resolve(String documentId, LanguageTag language, String commentId, String by, Instant now) {
        List<Comment> comments = new ArrayList<>(list(documentId, language));
        for (int i = 0; i < comments.size(); i++) {
            if (comments.get(i).id().equals(commentId)) {
                Comment resolved = comments.get(i).resolved() ? comments.get(i) : comments.get(i).resolve(by, now);
                comments.set(i, resolved);
                write(documentId, language, comments);
                return resolved;
            }
        }
        throw TandemException.notFound("no comment " + commentId + " in " + documentId + " (" + language.tag() + ")");
    }

    void forget(String documentId) {
        cache.keySet().removeIf(key -> key.startsWith(documentId + "/"));
    }

    void forget(String documentId, LanguageTag language) {
        cache.remove(key(documentId, language));
    }

    private void write(String documentId, LanguageTag language, List<Comment> comments) {
        files.write(file(files.folder(documentId), language), new CommentFile(comments));
        cache.put(key(documentId, language), List.copyOf(comments));
    }

    private static String key(String documentId, LanguageTag language) {
        return documentId + "/" + language.tag();
    }
}
