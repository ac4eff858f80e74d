package dev.tandem.web;

import dev.tandem.app.Workbench;
import dev.tandem.model.Article;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/preview}: extracts an uploaded file without importing it, so the import form
 * can show the title and pre-select the language the file declares (null when it declares none).
 */
final class PreviewRoutes {

    private final Workbench workbench;

    PreviewRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void preview(Context ctx) {
        UploadedFile file = Uploads.required(ctx);
        byte[] content = Uploads.read(file);
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
        ctx.json(answer);
    }
}
