package dev.tandem.web;

import dev.tandem.app.MemoryService;
import dev.tandem.app.Repetition;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.MatchQuery;
import dev.tandem.model.ReferenceMemory;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.List;
import java.util.Map;

/**
 * The translation memory over HTTP: matches for a unit, its repetitions and giving them its
 * translation, pre-translation, analysis by band, concordance, and the reference memories.
 */
final class MemoryRoutes {

    private static final int MAX_MATCHES = 20;

    private final MemoryService memory;

    MemoryRoutes(Workbench workbench) {
        this.memory = workbench.memory();
    }

    /** {@code GET …/units/{unit}/matches?min=50&limit=5} */
    void matches(Context ctx) {
        int minimum = intParam(ctx, "min", MatchQuery.DEFAULT_MINIMUM, 1, 101);
        int limit = intParam(ctx, "limit", MatchQuery.DEFAULT_LIMIT, 1, MAX_MATCHES);
        ctx.json(Map.of("matches", memory.matches(Params.document(ctx), Params.language(ctx), Params.unit(ctx), minimum, limit)));
    }

    void repetitions(Context ctx) {
        ctx.json(Map.of("repetitions", memory.repetitions(Params.document(ctx), Params.language(ctx), Params.unit(ctx))));
    }

    /** {@code POST …/units/{unit}/propagate} with {@code {"by": …, "units": [{document, unit, rev}]}} */
    void propagate(Context ctx) {
        PropagateRequest body = Params.json(ctx, PropagateRequest.class);
        if (body == null || body.units() == null || body.units().isEmpty()) {
            throw TandemException.badInput("say which repetitions to fill: units [{document, unit, rev}]");
        }
        List<Repetition> targets = body.units().stream().map(target -> {
            if (target.document() == null || target.unit() == null || target.rev() == null) {
                throw TandemException.badInput("each repetition needs document, unit and rev");
            }
            return new Repetition(target.document(), target.unit(), target.rev(), null, null);
        }).toList();
        ctx.json(memory.propagate(Params.document(ctx), Params.language(ctx), Params.unit(ctx), targets, Params.by(ctx, body.by())));
    }

    /** {@code POST …/translations/{lang}/pretranslate} with {@code {"min": 100}} */
    void pretranslate(Context ctx) {
        PretranslateRequest body = ctx.body().isBlank() ? null : Params.json(ctx, PretranslateRequest.class);
        int minimum = body == null || body.min() == null ? 100 : body.min();
        ctx.json(memory.pretranslate(Params.document(ctx), Params.language(ctx), minimum, List.of()));
    }

    void analyzeDocument(Context ctx) {
        ctx.json(memory.analyze(Params.document(ctx), Params.language(ctx)));
    }

    /** {@code GET /api/memory/analysis?lang=fr}: every document of the store. */
    void analyzeStore(Context ctx) {
        ctx.json(memory.analyze(null, LanguageTag.of(ctx.queryParam("lang"))));
    }

    /** {@code GET /api/memory/concordance?q=…&from=en&to=fr} */
    void concordance(Context ctx) {
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        ctx.json(Map.of("hits", memory.concordance(ctx.queryParam("q"), from == null || from.isBlank() ? null : LanguageTag.of(from),
                to == null || to.isBlank() ? null : LanguageTag.of(to))));
    }

    void references(Context ctx) {
        ctx.json(Map.of("memories", memory.references()));
    }

    /** Multipart: {@code file} (.tmx), optional {@code penalty} (points), {@code from} and {@code to} (when the file does not say). */
    void addReference(Context ctx) {
        UploadedFile file = Uploads.required(ctx);
        int penalty = number(ctx.formParam("penalty"), "penalty", 0, 0, 100);
        ReferenceMemory added = memory.addReference(Uploads.read(file), file.filename(), penalty,
                language(ctx.formParam("from")), language(ctx.formParam("to")));
        ctx.status(HttpStatus.CREATED).json(added);
    }

    void removeReference(Context ctx) {
        memory.removeReference(ctx.pathParam("name"));
        ctx.status(204);
    }

    private static int intParam(Context ctx, String name, int fallback, int lowest, int highest) {
        return number(ctx.queryParam(name), name, fallback, lowest, highest);
    }

    private static int number(String raw, String name, int fallback, int lowest, int highest) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < lowest || value > highest) {
                throw TandemException.badInput(name + " must be from " + lowest + " to " + highest);
            }
            return value;
        } catch (NumberFormatException e) {
            throw TandemException.badInput(name + " must be a whole number, not " + raw);
        }
    }

    private static LanguageTag language(String raw) {
        return raw == null || raw.isBlank() ? null : LanguageTag.of(raw.strip());
    }

    record PropagateRequest(String by, List<Target> units) {
        record Target(String document, String unit, Long rev) {
        }
    }

    record PretranslateRequest(Integer min) {
    }
}
