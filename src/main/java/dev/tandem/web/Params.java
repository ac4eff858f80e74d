package dev.tandem.web;

import dev.tandem.model.LanguageTag;
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

    static String unit(Context ctx) {
        return ctx.pathParam("unit");
    }
}
