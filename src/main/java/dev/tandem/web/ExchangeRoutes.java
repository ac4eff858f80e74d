package dev.tandem.web;

import dev.tandem.app.Workbench;
import dev.tandem.model.ExchangeFormat;
import dev.tandem.model.ExportOptions;
import dev.tandem.model.ExportResult;
import dev.tandem.model.ImportOptions;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

/** {@code /api/documents/{doc}/translations/{lang}/export} and {@code …/import}: bilingual files out and in. */
final class ExchangeRoutes {

    private final Workbench workbench;

    ExchangeRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    /** {@code ?format=tmx|xliff|xliff12|csv|tsv|html|txt|md|article-html|docx[&status=reviewed][&all=true|false]}: the file as a download. */
    void export(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) {
            throw TandemException.badInput("choose a format: ?format=tmx, xliff, xliff12, csv, tsv, html, txt, md, article-html or docx");
        }
        String all = ctx.queryParam("all");
        ExportResult result = workbench.exchange().export(Params.document(ctx), Params.language(ctx), ExchangeFormat.of(format),
                new ExportOptions(status(ctx.queryParam("status")), all == null || all.isBlank() ? null : Boolean.valueOf(all)));
        ctx.header("Content-Disposition", "attachment; filename=\"" + result.fileName() + "\"");
        if (!result.warnings().isEmpty()) {
            ctx.header("X-Tandem-Warning", String.join("; ", result.warnings()));
        }
        ctx.contentType(result.mediaType()).result(result.content());
    }

    /** Multipart: {@code file}, optional {@code overwrite=true}, {@code plainText=true} and {@code by}; answers with the import report. */
    void importFile(Context ctx) {
        UploadedFile file = Uploads.required(ctx);
        byte[] content = Uploads.read(file);
        String by = Params.by(ctx, ctx.formParam("by"));
        ImportOptions options = new ImportOptions("true".equals(ctx.formParam("overwrite")), by == null || by.isBlank() ? null : by,
                "true".equals(ctx.formParam("plainText")));
        ctx.json(workbench.exchange().importBilingual(Params.document(ctx), Params.language(ctx), content, file.filename(), options));
    }

    private static Status status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Status.parse(name);
    }
}
