package dev.tandem.web;

import dev.tandem.app.BilingualFileRefused;
import dev.tandem.app.DocumentExists;
import dev.tandem.app.Workbench;
import dev.tandem.model.Article;
import dev.tandem.model.DocumentId;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/preview}: extracts an uploaded file without importing it, so the import form
 * can show the title and pre-select the language the file declares (null when it declares none).
 * When the file's id is taken by another document, {@code existing} says what that document holds
 * and {@code freeId} the id a new document would get; a bilingual file is refused with the way to
 * fill a translation from it.
 */
final class PreviewRoutes {

    private final Workbench workbench;

    PreviewRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void preview(Context ctx) {
        UploadedFile file = Uploads.required(ctx);
        byte[] content = Uploads.read(file);
        Optional<DocumentExists> collision;
        try {
            collision = workbench.documents().collision(content, file.filename(), null);
        } catch (BilingualFileRefused refused) {
            throw TandemException.badInput(refused.page());
        }
        Article article = workbench.pipeline().extract(content, file.filename());
        if (article.blocks().isEmpty()) {
            throw TandemException.badInput(file.filename() + ": no text found in this file");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("fileName", file.filename());
        answer.put("title", article.title());
        answer.put("language", article.language() == null || article.language().isBlank() ? null : article.language());
        answer.put("mediaType", article.mediaType());
        answer.put("blocks", article.blocks().size());
        answer.put("id", DocumentId.slugOf(file.filename()));
        collision.ifPresent(exists -> {
            Map<String, Object> existing = new LinkedHashMap<>();
            existing.put("id", exists.id());
            existing.put("title", exists.title());
            existing.put("translated", exists.translated());
            answer.put("existing", existing);
            answer.put("freeId", exists.freeId());
        });
        ctx.json(answer);
    }
}
