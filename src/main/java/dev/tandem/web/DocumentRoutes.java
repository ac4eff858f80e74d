package dev.tandem.web;

import dev.tandem.app.BilingualFileRefused;
import dev.tandem.app.DocumentExists;
import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.Map;

/** {@code /api/documents}: list, upload, open and delete documents. */
final class DocumentRoutes {

    private final Workbench workbench;

    DocumentRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void list(Context ctx) {
        ctx.json(workbench.documents().list());
    }

    void show(Context ctx) {
        String id = Params.document(ctx);
        Document document = workbench.documents().document(id);
        ctx.json(Map.of("document", document, "languages", workbench.documents().languages(id)));
    }

    /** Multipart: {@code file}, optional {@code lang}, {@code id} and {@code replace=true} (a taken id gets this file as its new version). */
    void upload(Context ctx) {
        UploadedFile file = Uploads.required(ctx);
        String language = ctx.formParam("lang");
        String id = ctx.formParam("id");
        byte[] content = Uploads.read(file);
        Document document;
        try {
            document = workbench.documents().importContent(content, file.filename(),
                    language == null || language.isBlank() ? null : LanguageTag.of(language),
                    id == null || id.isBlank() ? null : id, "true".equals(ctx.formParam("replace")));
        } catch (BilingualFileRefused refused) {
            throw TandemException.badInput(refused.page());
        } catch (DocumentExists exists) {
            throw new TandemException(TandemException.Kind.CONFLICT, exists.page());
        }
        ctx.status(HttpStatus.CREATED).json(Map.of("id", document.id(), "title", document.title() == null ? document.id() : document.title(),
                "sourceLanguage", document.sourceLanguage(), "segments", document.segments().size()));
    }

    void delete(Context ctx) {
        workbench.documents().delete(Params.document(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
