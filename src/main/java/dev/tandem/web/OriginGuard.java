package dev.tandem.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery: every state-changing request must come from Tandem's own page.
 * <ul>
 *   <li>{@code Sec-Fetch-Site}, when the browser sends it, must be {@code same-origin} (or {@code none});</li>
 *   <li>{@code Origin}, when sent, must name this server (its authority equals the {@code Host} header);</li>
 *   <li>and the request must be one no other page can make without a CORS preflight, which this
 *       server never grants: a JSON body, an {@code Authorization: Bearer} token, or the
 *       {@link RequestToken} in {@code X-Tandem-Token} (forms, uploads and bodiless posts).</li>
 * </ul>
 * Scripts without a browser send neither {@code Origin} nor {@code Sec-Fetch-Site}; they pass the first two
 * rules and need JSON, a bearer token or the request token like the page.
 */
final class OriginGuard {

    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final RequestToken token;

    OriginGuard(RequestToken token) {
        this.token = token;
    }

    void check(Context ctx) {
        if (SAFE.contains(ctx.method())) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site.strip().toLowerCase(Locale.ROOT))) {
            throw new ForbiddenResponse("refused: this request comes from another site (Sec-Fetch-Site: " + Texts.shown(site) + ")");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            throw new ForbiddenResponse("refused: this request comes from another origin (" + Texts.shown(origin) + ")");
        }
        if (isJson(ctx.contentType()) || hasBearer(ctx) || token.matches(ctx.header(RequestToken.HEADER))) {
            return;
        }
        throw new ForbiddenResponse("refused: send a JSON body, or the " + RequestToken.HEADER
                + " header with the requestToken of GET /api/session");
    }

    static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static boolean hasBearer(Context ctx) {
        String authorization = ctx.header("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Browsers serialize an origin without default ports, as they write the Host header. */
    private static boolean sameOrigin(String origin, String host) {
        int scheme = origin.indexOf("://");
        if (host == null || scheme < 0) {
            return false;
        }
        return origin.substring(scheme + 3).equalsIgnoreCase(host.strip());
    }
}
