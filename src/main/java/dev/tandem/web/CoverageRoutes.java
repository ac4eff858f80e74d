package dev.tandem.web;

import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import io.javalin.http.Context;

/**
 * {@code /api/coverage} (every document) and {@code /api/documents/{doc}/coverage}: counts by status,
 * optionally for one language ({@code ?lang=fr}); and the words translated per day of one language.
 */
final class CoverageRoutes {

    private final Workbench workbench;

    CoverageRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void all(Context ctx) {
        ctx.json(workbench.coverage().report(null, language(ctx)).toJson());
    }

    void document(Context ctx) {
        ctx.json(workbench.coverage().report(Params.document(ctx), language(ctx)).toJson());
    }

    void progress(Context ctx) {
        ctx.json(workbench.coverage().progress(Params.document(ctx), Params.language(ctx)));
    }

    private static LanguageTag language(Context ctx) {
        String raw = ctx.queryParam("lang");
        return raw == null || raw.isBlank() ? null : LanguageTag.of(raw);
    }
}
