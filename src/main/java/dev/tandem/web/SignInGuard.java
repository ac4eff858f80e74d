package dev.tandem.web;

import dev.tandem.web.auth.Account;
import dev.tandem.web.auth.Accounts;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who is asking: an {@code Authorization: Bearer} API token, or a session cookie. When sign-in is
 * required (always beyond loopback), the API answers 401 to anyone else; the page and its assets
 * stay public so that the sign-in form can load. A signed-in account's roles are checked on every
 * matched route ({@link AccessRules}).
 */
final class SignInGuard {

    private static final String USER = "tandem.account";

    private final Accounts accounts;
    private final Sessions sessions;
    private final boolean required;
    private final Function<String, String> termLanguage;

    /** {@code termLanguage}: a glossary term's target language by id, or null (for the role checks of term edits). */
    SignInGuard(Accounts accounts, Sessions sessions, boolean required, Function<String, String> termLanguage) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.required = required;
        this.termLanguage = termLanguage;
    }

    boolean required() {
        return required;
    }

    /** Before every request: names the account, or refuses an API call that needs one. */
    void identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        Optional<Account> account;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            account = accounts == null ? Optional.empty() : accounts.byToken(authorization.substring(7).strip());
            if (account.isEmpty()) {
                throw unauthorized("unknown or revoked API token");
            }
        } else {
            account = sessions.account(ctx.cookie(Sessions.COOKIE))
                    .flatMap(name -> accounts == null ? Optional.empty() : accounts.find(name));
        }
        account.ifPresent(found -> ctx.attribute(USER, found));
        if (required && account.isEmpty() && ctx.path().startsWith("/api/") && !ctx.path().equals("/api/session")) {
            throw unauthorized("sign in first (POST /api/session, or an API token in Authorization: Bearer …)");
        }
    }

    /** Before each matched route: the signed-in account's roles must cover it. */
    void authorize(Context ctx) {
        Account account = ctx.attribute(USER);
        if (account != null) {
            AccessRules.check(ctx, account, ctx.endpoints().matchedHttpEndpoint(), termLanguage);
        }
    }

    static Optional<Account> account(Context ctx) {
        return Optional.ofNullable(ctx.attribute(USER));
    }

    private static UnauthorizedResponse unauthorized(String message) {
        return new UnauthorizedResponse(message);
    }
}
