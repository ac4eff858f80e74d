package dev.tandem.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/session}: what the page needs before it writes (the request token) and who is signed in. */
final class SessionRoutes {

    private final RequestToken requestToken;
    private final SecuritySettings security;

    SessionRoutes(RequestToken requestToken, SecuritySettings security) {
        this.requestToken = requestToken;
        this.security = security;
    }

    void show(Context ctx) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("requestToken", requestToken.value());
        answer.put("signInRequired", security.signInRequired());
        answer.put("user", null);
        ctx.json(answer);
    }
}
