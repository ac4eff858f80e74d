package dev.tandem.web;

import dev.tandem.app.Workbench;
import dev.tandem.model.Comment;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;

/** {@code /api/documents/{doc}/translations/{lang}}: open, add and remove a target language; save its units; comments. */
final class TranslationRoutes {

    private static final int MAX_TARGET_LENGTH = 100_000;
    private static final int MAX_COMMENT_LENGTH = 10_000;

    private final Workbench workbench;

    TranslationRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void show(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        ctx.json(translationJson(workbench.documents().document(id), workbench.translations().translation(id, language),
                workbench.translations().comments(id, language)));
    }

    void add(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        ctx.status(HttpStatus.CREATED).json(translationJson(workbench.documents().document(id), workbench.translations().addLanguage(id, language),
                workbench.translations().comments(id, language)));
    }

    /** Takes the language off the document; its files go to the document's trash folder, not away. */
    void remove(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        String trash = workbench.translations().removeLanguage(id, language);
        ctx.json(Map.of("document", id, "language", language.tag(), "trash", trash));
    }

    void save(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        UnitSaveRequest body = Params.json(ctx, UnitSaveRequest.class);
        if (body == null || body.baseRev() == null || body.target() == null) {
            throw TandemException.badInput("a save needs baseRev (the revision you edited) and target");
        }
        if (body.target().length() > MAX_TARGET_LENGTH) {
            throw TandemException.badInput("the target is longer than " + MAX_TARGET_LENGTH + " characters");
        }
        SaveFields.check(body.target(), body.by(), body.note());
        Document document = workbench.documents().document(id);
        UnitEdit edit = new UnitEdit(Params.unit(ctx), body.baseRev(), body.target(), body.status(), Params.by(ctx, body.by()), body.note(),
                body.codes());
        Unit saved = workbench.translations().save(id, language, edit);
        ctx.json(UnitJson.of(saved, UnitSources.ofUnit(document, saved), workbench.translations().comments(id, language))
                .withFindings(workbench.quality().checkUnit(id, language, saved.id(), null, null)));
    }

    void history(Context ctx) {
        ctx.json(workbench.translations().history(Params.document(ctx), Params.language(ctx), Params.unit(ctx)));
    }

    /** {@code {"text", "by"}}: a new comment on the unit; answers the unit with its comments. */
    void comment(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        CommentRequest body = Params.json(ctx, CommentRequest.class);
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw TandemException.badInput("a comment needs text");
        }
        if (body.text().length() > MAX_COMMENT_LENGTH) {
            throw TandemException.badInput("a comment is at most " + MAX_COMMENT_LENGTH + " characters");
        }
        workbench.translations().addComment(id, language, Params.unit(ctx), body.text().strip(), body.by());
        ctx.status(HttpStatus.CREATED).json(unitJson(id, language, Params.unit(ctx)));
    }

    /** Marks a comment resolved ({@code {"by"}}); answers the unit with its comments. */
    void resolveComment(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        CommentRequest body = Params.json(ctx, CommentRequest.class);
        workbench.translations().resolveComment(id, language, ctx.pathParam("comment"), body == null ? null : body.by());
        ctx.json(unitJson(id, language, Params.unit(ctx)));
    }

    record CommentRequest(String text, String by) {
    }

    private UnitJson unitJson(String id, LanguageTag language, String unitId) {
        Unit unit = workbench.translations().translation(id, language).unit(unitId)
                .orElseThrow(() -> TandemException.notFound("no unit " + unitId + " in " + id));
        return UnitJson.of(unit, UnitSources.ofUnit(workbench.documents().document(id), unit), workbench.translations().comments(id, language));
    }

    private static Map<String, Object> translationJson(Document document, Translation translation, Map<String, List<Comment>> comments) {
        UnitSources sources = UnitSources.ofDocument(document);
        List<UnitJson> units = translation.units().stream().map(unit -> UnitJson.of(unit, sources, comments)).toList();
        return Map.of("document", translation.document(), "language", translation.language(), "units", units);
    }
}
