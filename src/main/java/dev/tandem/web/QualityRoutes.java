package dev.tandem.web;

import dev.tandem.app.Workbench;
import dev.tandem.model.CodedText;
import dev.tandem.model.InlineCode;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/** {@code /api/documents/{doc}/translations/{lang}/qa}: the QA report, a unit's findings, ignoring a finding. */
final class QualityRoutes {

    /** A target (with its inline codes, as a save sends them) to check before saving it. */
    record CheckRequest(String target, Status status, List<InlineCode> codes) {
        CodedText coded() {
            if (target == null) {
                return null;
            }
            try {
                return new CodedText(target, codes);
            } catch (IllegalArgumentException badPlace) {
                throw TandemException.badInput(badPlace.getMessage());
            }
        }
    }

    /** Ignore the finding named by {@code key}, for this reason. */
    record IgnoreRequest(String key, String reason, String by) {
    }

    private final Workbench workbench;

    QualityRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    /** {@code ?spelling=false} leaves LanguageTool out. */
    void report(Context ctx) {
        boolean spelling = !"false".equals(ctx.queryParam("spelling"));
        ctx.json(workbench.quality().check(Params.document(ctx), Params.language(ctx), spelling));
    }

    void checkUnit(Context ctx) {
        CheckRequest body = ctx.bodyAsClass(CheckRequest.class);
        ctx.json(Map.of("findings", workbench.quality().checkUnit(Params.document(ctx), Params.language(ctx), Params.unit(ctx),
                body == null ? null : body.coded(), body == null ? null : body.status())));
    }

    void ignore(Context ctx) {
        IgnoreRequest body = ctx.bodyAsClass(IgnoreRequest.class);
        if (body == null) {
            throw TandemException.badInput("send the finding's key and a reason");
        }
        ctx.status(HttpStatus.CREATED).json(workbench.quality().ignore(Params.document(ctx), Params.language(ctx), Params.unit(ctx),
                body.key(), body.reason(), body.by()));
    }

    /** {@code ?key=…}: show the finding again. */
    void unignore(Context ctx) {
        String key = ctx.queryParam("key");
        if (key == null || key.isBlank()) {
            throw TandemException.badInput("say which finding to show again: ?key=…");
        }
        workbench.quality().unignore(Params.document(ctx), Params.language(ctx), Params.unit(ctx), key);
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
