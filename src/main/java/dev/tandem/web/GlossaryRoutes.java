package dev.tandem.web;

import dev.tandem.app.GlossaryFormat;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/glossary}: list, add, change, remove, import and export terms; the terms found in a unit. */
final class GlossaryRoutes {

    /** A term added from the editor: the selected source and target text. */
    record TermRequest(String from, String to, String source, String target, String partOfSpeech, String note,
                       String status, String document) {
    }

    /** A change to a term from the glossary panel: a null field stays as it is. */
    record TermEdit(String target, String status, String partOfSpeech, String note) {
    }

    private final Workbench workbench;

    GlossaryRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    /** {@code ?from=en&to=fr}: the terms, of one pair or all. */
    void list(Context ctx) {
        ctx.json(Map.of("terms", workbench.glossaries().list(language(ctx.queryParam("from")), language(ctx.queryParam("to")))));
    }

    void add(Context ctx) {
        TermRequest body = ctx.bodyAsClass(TermRequest.class);
        if (body == null || body.from() == null || body.to() == null) {
            throw TandemException.badInput("a term needs from, to, source and target");
        }
        Term term = workbench.glossaries().add(LanguageTag.of(body.from()), LanguageTag.of(body.to()), body.source(), body.target(),
                body.partOfSpeech(), body.note(), TermStatus.parse(body.status()), body.document());
        ctx.status(HttpStatus.CREATED).json(term);
    }

    void update(Context ctx) {
        TermEdit body = ctx.bodyAsClass(TermEdit.class);
        if (body == null) {
            throw TandemException.badInput("say what changes: target, status, partOfSpeech, note");
        }
        TermStatus status = body.status() == null ? null : TermStatus.strict(body.status());
        ctx.json(workbench.glossaries().change(ctx.pathParam("term"), body.target(), status, body.partOfSpeech(), body.note()));
    }

    void remove(Context ctx) {
        workbench.glossaries().remove(ctx.pathParam("term"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Multipart: {@code file} (.tbx, .csv, .tsv), optional {@code from}, {@code to}, {@code document}. */
    void importFile(Context ctx) {
        UploadedFile file = Uploads.required(ctx);
        List<Term> terms = workbench.glossaries().importContent(Uploads.read(file), file.filename(),
                language(ctx.formParam("from")), language(ctx.formParam("to")), blankToNull(ctx.formParam("document")));
        ctx.json(Map.of("imported", terms.size()));
    }

    /** {@code ?format=tbx|csv|tsv[&from=en&to=fr]}: the glossary as a download. */
    void export(Context ctx) {
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("tbx").toLowerCase(Locale.ROOT);
        GlossaryFormat chosen = GlossaryFormat.ofFileName("glossary." + format);
        byte[] content = workbench.glossaries().export(chosen, language(ctx.queryParam("from")), language(ctx.queryParam("to")));
        ctx.header("Content-Disposition", "attachment; filename=\"glossary." + chosen.extension() + "\"");
        ctx.contentType(chosen.mediaType()).result(content);
    }

    /** The glossary terms found in a unit's source, with where they are. */
    void hints(Context ctx) {
        ctx.json(Map.of("terms", workbench.glossaries().hints(Params.document(ctx), Params.language(ctx), Params.unit(ctx))));
    }

    private static LanguageTag language(String raw) {
        return raw == null || raw.isBlank() ? null : LanguageTag.of(raw);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
