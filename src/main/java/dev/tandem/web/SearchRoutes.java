package dev.tandem.web;

import dev.tandem.app.TranslationSearch;
import dev.tandem.app.Workbench;
import dev.tandem.model.SearchOptions;
import dev.tandem.model.TandemException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/documents/{doc}/translations/{lang}/search?q=…[&in=source|target|both][&case=true]
 * [&word=true][&regex=true][&replace=…]}: the units that match, with the matches' offsets, and with
 * {@code replace} the target each would get (a preview; the page saves each replacement itself).
 */
final class SearchRoutes {

    private static final int MAX_QUERY_LENGTH = 1_000;

    private final Workbench workbench;

    SearchRoutes(Workbench workbench) {
        this.workbench = workbench;
    }

    void search(Context ctx) {
        String query = ctx.queryParam("q");
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw TandemException.badInput("the search is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        SearchOptions options = new SearchOptions(flag(ctx, "case"), flag(ctx, "word"), flag(ctx, "regex"));
        List<TranslationSearch.Hit> hits = workbench.search().search(Params.document(ctx), Params.language(ctx), query, options,
                scope(ctx.queryParam("in")), ctx.queryParam("replace"));
        ctx.json(Map.of("query", query, "total", hits.size(), "hits", hits));
    }

    private static boolean flag(Context ctx, String name) {
        return "true".equalsIgnoreCase(ctx.queryParam(name));
    }

    private static TranslationSearch.Scope scope(String in) {
        if (in == null || in.isBlank()) {
            return TranslationSearch.Scope.BOTH;
        }
        try {
            return TranslationSearch.Scope.valueOf(in.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TandemException.badInput("search in source, target or both, not '" + in + "'");
        }
    }
}
