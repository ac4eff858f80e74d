package dev.tandem.web;

import dev.tandem.model.Status;
import dev.tandem.web.auth.Account;
import dev.tandem.web.auth.Role;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may call which route, in one table. Reading needs only to be signed in; each write names
 * the role it needs in the language of its path. A write route missing from the table is for
 * administrators only, so a new route is closed until someone opens it here.
 */
final class AccessRules {

    private enum Need { ANYONE, ADMIN, TRANSLATOR, SAVE, ALIGNMENT_EDIT, TERM_EDIT }

    private static final Map<String, Need> WRITES = Map.ofEntries(
            Map.entry("POST /api/session", Need.ANYONE),
            Map.entry("DELETE /api/session", Need.ANYONE),
            Map.entry("POST /api/documents", Need.ADMIN),
            Map.entry("DELETE /api/documents/{doc}", Need.ADMIN),
            Map.entry("POST /api/preview", Need.ADMIN),
            Map.entry("POST /api/documents/{doc}/resegment", Need.ADMIN),
            Map.entry("PUT /api/documents/{doc}/translations/{lang}", Need.TRANSLATOR),
            Map.entry("PUT /api/documents/{doc}/translations/{lang}/units/{unit}", Need.SAVE),
            Map.entry("POST /api/documents/{doc}/translations/{lang}/units/{unit}/merge", Need.TRANSLATOR),
            Map.entry("POST /api/documents/{doc}/translations/{lang}/units/{unit}/split", Need.TRANSLATOR),
            Map.entry("POST /api/documents/{doc}/translations/{lang}/units/{unit}/restore", Need.TRANSLATOR),
            Map.entry("POST /api/documents/{doc}/translations/{lang}/alignment", Need.TRANSLATOR),
            Map.entry("POST /api/documents/{doc}/translations/{lang}/alignment/beads/{bead}/{edit}", Need.ALIGNMENT_EDIT),
            Map.entry("POST /api/documents/{doc}/translations/{lang}/import", Need.TRANSLATOR),
            Map.entry("POST /api/documents/{doc}/translations/{lang}/units/{unit}/propagate", Need.TRANSLATOR),
            Map.entry("POST /api/documents/{doc}/translations/{lang}/pretranslate", Need.TRANSLATOR),
            // A glossary term is changed or deleted by a reviewer of its target language.
            Map.entry("PUT /api/glossary/terms/{term}", Need.TERM_EDIT),
            Map.entry("DELETE /api/glossary/terms/{term}", Need.TERM_EDIT));

    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final Set<Status> REVIEW_STATUSES = Set.of(Status.REVIEWED, Status.FINAL);

    private AccessRules() {
    }

    /**
     * @param termLanguage the target language of a glossary term by id (null when there is no such
     *                     term: the route then answers 404 itself)
     * @throws ForbiddenResponse when the account's roles do not cover the matched route
     */
    static void check(Context ctx, Account account, Endpoint endpoint, Function<String, String> termLanguage) {
        if (READS.contains(endpoint.method) || account.isAdmin()) {
            return;
        }
        Need need = WRITES.getOrDefault(endpoint.method.name() + " " + endpoint.path, Need.ADMIN);
        String language = need == Need.TERM_EDIT ? termLanguage.apply(ctx.pathParamMap().get("term")) : ctx.pathParamMap().get("lang");
        if (need == Need.TERM_EDIT && language == null) {
            return;
        }
        Role role = switch (need) {
            case ANYONE -> null;
            case ADMIN -> Role.ADMIN;
            case TRANSLATOR -> Role.TRANSLATOR;
            case SAVE -> asksForReview(ctx) ? Role.REVIEWER : Role.TRANSLATOR;
            case ALIGNMENT_EDIT -> "verify".equalsIgnoreCase(ctx.pathParamMap().get("edit")) ? Role.REVIEWER : Role.TRANSLATOR;
            case TERM_EDIT -> Role.REVIEWER;
        };
        if (role == null) {
            return;
        }
        if (role == Role.ADMIN || language == null) {
            throw new ForbiddenResponse(account.name() + " may not do this: it needs an administrator");
        }
        if (!account.may(role, language)) {
            throw new ForbiddenResponse(account.name() + " may not do this in " + language + ": it needs the role "
                    + role.name().toLowerCase(java.util.Locale.ROOT) + ":" + language);
        }
    }

    /** Whether a save asks for "reviewed" or "final"; a body that does not parse is the route's to refuse. */
    private static boolean asksForReview(Context ctx) {
        try {
            UnitSaveRequest body = OriginGuard.isJson(ctx.contentType()) ? ctx.bodyAsClass(UnitSaveRequest.class) : null;
            return body != null && body.status() != null && REVIEW_STATUSES.contains(body.status());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
