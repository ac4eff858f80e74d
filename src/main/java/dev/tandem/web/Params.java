package dev.tandem.web;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;

/** Path and form parameters, validated where they enter. */
final class Params {

    private Params() {
    }

    static String document(Context ctx) {
        return ctx.pathParam("doc");
    }

    static LanguageTag language(Context ctx) {
        return LanguageTag.of(ctx.pathParam("lang"));
    }

    /** A JSON body; any other content type is refused (415), so no form can stand in for it. */
    static <T> T json(Context ctx, Class<T> type) {
        if (!OriginGuard.isJson(ctx.contentType())) {
            throw new TandemException(TandemException.Kind.UNSUPPORTED, "send this body as JSON (Content-Type: application/json)");
        }
        return ctx.bodyAsClass(type);
    }

    /** Who made a change: the signed-in account when there is one, else what the request says. */
    static String by(Context ctx, String requested) {
        return SignInGuard.account(ctx).map(account -> account.name()).orElseGet(() -> {
            SaveFields.text("by", requested, SaveFields.MAX_BY);
            return requested;
        });
    }

    static String unit(Context ctx) {
        return ctx.pathParam("unit");
    }
}
