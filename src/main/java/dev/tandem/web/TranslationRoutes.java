package dev.tandem.web;

import dev.tandem.app.Workbench;
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

/** {@code /api/documents/{doc}/translations/{lang}}: open a target language and save its units. */
final class TranslationRoutes {

    private static final int MAX_TARGET_LENGTH = 100_000;

    private final Workbench workbench;

    TranslationRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void show(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        ctx.json(translationJson(workbench.documents().document(id), workbench.translations().translation(id, language)));
    }

    void add(Context ctx) {
        String id = Params.document(ctx);
        LanguageTag language = Params.language(ctx);
        ctx.status(HttpStatus.CREATED).json(translationJson(workbench.documents().document(id), workbench.translations().addLanguage(id, language)));
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
        UnitEdit edit = new UnitEdit(Params.unit(ctx), body.baseRev(), body.target(), body.status(), body.by(), body.note());
        Unit saved = workbench.translations().save(id, language, edit);
        ctx.json(UnitJson.of(saved, document.segmentTexts())
                .withFindings(workbench.quality().checkUnit(id, language, saved.id(), null, null)));
    }

    void history(Context ctx) {
        ctx.json(workbench.translations().history(Params.document(ctx), Params.language(ctx), Params.unit(ctx)));
    }

    private static Map<String, Object> translationJson(Document document, Translation translation) {
        Map<String, String> texts = document.segmentTexts();
        List<UnitJson> units = translation.units().stream().map(unit -> UnitJson.of(unit, texts)).toList();
        return Map.of("document", translation.document(), "language", translation.language(), "units", units);
    }
}
