package dev.tandem.web;

import dev.tandem.app.Pipeline;
import dev.tandem.app.Workbench;
import dev.tandem.model.Document;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /api/segmentation}: the sentence rules in force, and re-splitting a document with them. */
final class SegmentationRoutes {

    private final Workbench workbench;

    SegmentationRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void show(Context ctx) {
        ctx.json(Map.of("projectFile", Pipeline.PROJECT_RULES, "projectRules", workbench.pipeline().segmentationRules().projectRules()));
    }

    void srx(Context ctx) {
        ctx.contentType("application/xml; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"tandem-segmentation.srx\"")
                .result(workbench.pipeline().segmentationRules().effectiveSrx());
    }

    void resegment(Context ctx) {
        String id = Params.document(ctx);
        int before = workbench.documents().document(id).segments().size();
        Document after = workbench.documents().resegment(id);
        ctx.json(Map.of("id", id, "segmentsBefore", before, "segments", after.segments().size()));
    }
}
