package dev.tandem.web;

import dev.tandem.model.TandemException;
import dev.tandem.web.auth.Account;
import dev.tandem.web.auth.Accounts;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/session}: what the page needs before it writes (the request token, whether sign-in
 * is required, who is signed in); signing in with a name and password; signing out.
 */
final class SessionRoutes {

    /** The body of a sign-in. */
    record SignIn(String name, String password) {
    }

    private final RequestToken requestToken;
    private final SignInGuard guard;
    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInThrottle throttle;

    SessionRoutes(RequestToken requestToken, SignInGuard guard, Accounts accounts, Sessions sessions, SignInThrottle throttle) {
        this.requestToken = requestToken;
        this.guard = guard;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void show(Context ctx) {
        ctx.json(answer(SignInGuard.account(ctx)));
    }

    void signIn(Context ctx) {
        SignIn body = Params.json(ctx, SignIn.class);
        if (body == null || body.name() == null || body.name().isBlank() || body.password() == null) {
            throw TandemException.badInput("a sign-in needs name and password");
        }
        String name = body.name().strip();
        if (throttle.paused(name)) {
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(),
                    "too many wrong passwords for " + Texts.shown(name) + "; wait a minute and try again");
        }
        Optional<Account> account = accounts == null ? Optional.empty() : accounts.signIn(name, body.password());
        if (account.isEmpty()) {
            throttle.failed(name);
            throw new UnauthorizedResponse("wrong name or password");
        }
        throttle.succeeded(name);
        sessions.close(ctx.cookie(Sessions.COOKIE));
        ctx.cookie(cookie(ctx, sessions.open(account.get().name()), -1));
        ctx.json(answer(account));
    }

    void signOut(Context ctx) {
        sessions.close(ctx.cookie(Sessions.COOKIE));
        ctx.cookie(cookie(ctx, "", 0));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private Map<String, Object> answer(Optional<Account> account) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("requestToken", requestToken.value());
        answer.put("signInRequired", guard.required());
        answer.put("user", account.map(found -> Map.of("name", found.name(), "roles", found.roles())).orElse(null));
        return answer;
    }

    /** {@code Secure} when the page came over https, directly or through a proxy that says so. */
    private static Cookie cookie(Context ctx, String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return new Cookie(Sessions.COOKIE, value, "/", maxAge, https, true, null, SameSite.STRICT);
    }
}
