package dev.tandem.web;

import dev.tandem.app.Workbench;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitMerge;
import dev.tandem.model.UnitRestore;
import dev.tandem.model.UnitSplit;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/documents/{doc}/translations/{lang}/units/{unit}/(merge|split|restore)}: the unit
 * operations beyond a plain save. Each names the revisions it was based on; a stale one is a 409
 * with the unit as it is now, like a stale save (the one mapping is in {@link WebServer}).
 */
final class UnitEditRoutes {

    /** Body of merge, split and restore: the revisions the translator saw, and who they are. */
    record Request(Long baseRev, Long nextRev, Long rev, String by) {
    }

    private final Workbench workbench;

    UnitEditRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void merge(Context ctx) {
        Request body = body(ctx);
        if (body.nextRev() == null) {
            throw TandemException.badInput("a merge needs baseRev and nextRev (the revisions of both units you saw)");
        }
        ctx.json(Map.of("unit", json(ctx, workbench.translations().merge(Params.document(ctx), Params.language(ctx),
                new UnitMerge(Params.unit(ctx), body.baseRev(), body.nextRev(), Params.by(ctx, body.by()))))));
    }

    void split(Context ctx) {
        Request body = body(ctx);
        List<Unit> parts = workbench.translations().split(Params.document(ctx), Params.language(ctx),
                new UnitSplit(Params.unit(ctx), body.baseRev(), Params.by(ctx, body.by())));
        UnitSources sources = UnitSources.ofDocument(document(ctx));
        Map<String, List<Comment>> comments = workbench.translations().comments(Params.document(ctx), Params.language(ctx));
        ctx.json(Map.of("units", parts.stream().map(unit -> UnitJson.of(unit, sources, comments)).toList()));
    }

    void restore(Context ctx) {
        Request body = body(ctx);
        if (body.rev() == null) {
            throw TandemException.badInput("a restore needs rev (the history entry to restore) and baseRev");
        }
        ctx.json(json(ctx, workbench.translations().restore(Params.document(ctx), Params.language(ctx),
                new UnitRestore(Params.unit(ctx), body.rev(), body.baseRev(), Params.by(ctx, body.by())))));
    }

    private static Request body(Context ctx) {
        Request body = Params.json(ctx, Request.class);
        if (body == null || body.baseRev() == null) {
            throw TandemException.badInput("baseRev (the revision of the unit you saw) is required");
        }
        LanguageTag.of(ctx.pathParam("lang"));
        SaveFields.text("by", body.by(), SaveFields.MAX_BY);
        return body;
    }

    private Document document(Context ctx) {
        return workbench.documents().document(Params.document(ctx));
    }

    private UnitJson json(Context ctx, Unit unit) {
        return UnitJson.of(unit, UnitSources.ofUnit(document(ctx), unit), workbench.translations().comments(Params.document(ctx), Params.language(ctx)));
    }
}
