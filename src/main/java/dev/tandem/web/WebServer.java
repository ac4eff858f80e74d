package dev.tandem.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tandem.app.Workbench;
import dev.tandem.model.StaleSaveException;
import dev.tandem.model.TandemException;
import dev.tandem.model.Term;
import dev.tandem.web.auth.Accounts;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: every route in one place, grouped by resource, and one mapping from errors to
 * JSON. Listens on 127.0.0.1 unless told otherwise.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final UploadLimit uploads = new UploadLimit();

    /** A server for this machine only: loopback names, no sign-in. */
    public WebServer(Workbench workbench) {
        this(workbench, SecuritySettings.loopback());
    }

    public WebServer(Workbench workbench, SecuritySettings security) {
        JettyProcessSettings.apply();
        JsonBodies json = JsonBodies.create();
        RequestToken requestToken = new RequestToken(new SecureRandom());
        HostGuard hostGuard = new HostGuard(security.host(), security.allowedHosts());
        OriginGuard originGuard = new OriginGuard(requestToken);
        Accounts accounts = Accounts.of(workbench, security.dataFolder(), json);
        Sessions sessions = new Sessions(new SecureRandom(), Clock.systemUTC());
        SignInGuard signIn = new SignInGuard(accounts, sessions, security.signInRequired(),
                term -> workbench.glossaries().find(term).map(Term::targetLanguage).orElse(null));
        SessionRoutes session = new SessionRoutes(requestToken, signIn, accounts, sessions, new SignInThrottle(Clock.systemUTC()));
        DocumentRoutes documents = new DocumentRoutes(workbench);
        TranslationRoutes translations = new TranslationRoutes(workbench);
        AlignmentRoutes alignments = new AlignmentRoutes(workbench);
        SegmentationRoutes segmentation = new SegmentationRoutes(workbench);
        CoverageRoutes coverage = new CoverageRoutes(workbench);
        UnitEditRoutes unitEdits = new UnitEditRoutes(workbench);
        LiveRoutes live = new LiveRoutes(workbench, json);
        PreviewRoutes preview = new PreviewRoutes(workbench);
        ExchangeRoutes exchange = new ExchangeRoutes(workbench);
        SearchRoutes search = new SearchRoutes(workbench);
        MemoryRoutes memory = new MemoryRoutes(workbench);
        GlossaryRoutes glossary = new GlossaryRoutes(workbench);
        QualityRoutes quality = new QualityRoutes(workbench);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json.mapper(), false));
            uploads.configure(config);
            JettyErrors jettyErrors = new JettyErrors(json.mapper());
            config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web/";
                files.location = Location.CLASSPATH;
                files.skipFileFunction = request -> !PageFiles.isFileName(request.getRequestURI());
            });
            // The security rules, in the order they apply: headers on every answer, the Host (DNS
            // rebinding), the declared size, the origin of state-changing requests (CSRF), who is
            // asking (sign-in), and, once the route is known, whether their roles allow it.
            config.routes.before(WebServer::securityHeaders);
            config.routes.before(hostGuard::check);
            config.routes.before(uploads::check);
            config.routes.before(originGuard::check);
            config.routes.before(signIn::identify);
            config.routes.beforeMatched(signIn::authorize);

            config.routes.get("/api/session", session::show);
            config.routes.post("/api/session", session::signIn);
            config.routes.delete("/api/session", session::signOut);

            config.routes.get("/api/startup", ctx -> ctx.json(Map.of("seeds", workbench.seedImport().progress())));
            config.routes.get("/api/documents", documents::list);
            config.routes.post("/api/documents", documents::upload);
            config.routes.get("/api/documents/{doc}", documents::show);
            config.routes.delete("/api/documents/{doc}", documents::delete);

            config.routes.get("/api/documents/{doc}/translations/{lang}", translations::show);
            config.routes.put("/api/documents/{doc}/translations/{lang}", translations::add);
            config.routes.delete("/api/documents/{doc}/translations/{lang}", translations::remove);
            config.routes.put("/api/documents/{doc}/translations/{lang}/units/{unit}", translations::save);
            config.routes.get("/api/documents/{doc}/translations/{lang}/units/{unit}/history", translations::history);
            config.routes.get("/api/documents/{doc}/translations/{lang}/search", search::search);
            config.routes.post("/api/documents/{doc}/translations/{lang}/units/{unit}/merge", unitEdits::merge);
            config.routes.post("/api/documents/{doc}/translations/{lang}/units/{unit}/split", unitEdits::split);
            config.routes.post("/api/documents/{doc}/translations/{lang}/units/{unit}/restore", unitEdits::restore);
            config.routes.post("/api/documents/{doc}/translations/{lang}/units/{unit}/comments", translations::comment);
            config.routes.post("/api/documents/{doc}/translations/{lang}/units/{unit}/comments/{comment}/resolve", translations::resolveComment);
            config.routes.sse("/api/documents/{doc}/translations/{lang}/events", live::events);

            config.routes.post("/api/preview", preview::preview);

            config.routes.get("/api/segmentation", segmentation::show);
            config.routes.get("/api/segmentation/rules.srx", segmentation::srx);
            config.routes.post("/api/documents/{doc}/resegment", segmentation::resegment);

            config.routes.post("/api/documents/{doc}/translations/{lang}/alignment", alignments::align);
            config.routes.get("/api/documents/{doc}/translations/{lang}/alignment", alignments::show);
            config.routes.post("/api/documents/{doc}/translations/{lang}/alignment/beads/{bead}/{edit}", alignments::edit);

            config.routes.get("/api/coverage", coverage::all);
            config.routes.get("/api/documents/{doc}/coverage", coverage::document);
            config.routes.get("/api/documents/{doc}/coverage/{lang}/progress", coverage::progress);

            config.routes.get("/api/documents/{doc}/translations/{lang}/export", exchange::export);
            config.routes.post("/api/documents/{doc}/translations/{lang}/import", exchange::importFile);

            config.routes.get("/api/documents/{doc}/translations/{lang}/units/{unit}/matches", memory::matches);
            config.routes.get("/api/documents/{doc}/translations/{lang}/units/{unit}/repetitions", memory::repetitions);
            config.routes.post("/api/documents/{doc}/translations/{lang}/units/{unit}/propagate", memory::propagate);
            config.routes.post("/api/documents/{doc}/translations/{lang}/pretranslate", memory::pretranslate);
            config.routes.get("/api/documents/{doc}/translations/{lang}/analysis", memory::analyzeDocument);
            config.routes.get("/api/memory/analysis", memory::analyzeStore);
            config.routes.get("/api/memory/concordance", memory::concordance);
            config.routes.get("/api/memory/references", memory::references);
            config.routes.post("/api/memory/references", memory::addReference);
            config.routes.delete("/api/memory/references/{name}", memory::removeReference);

            config.routes.get("/api/glossary", glossary::list);
            config.routes.post("/api/glossary/terms", glossary::add);
            config.routes.put("/api/glossary/terms/{term}", glossary::update);
            config.routes.delete("/api/glossary/terms/{term}", glossary::remove);
            config.routes.post("/api/glossary/import", glossary::importFile);
            config.routes.get("/api/glossary/export", glossary::export);
            config.routes.get("/api/documents/{doc}/translations/{lang}/units/{unit}/terms", glossary::hints);

            config.routes.get("/api/documents/{doc}/translations/{lang}/qa", quality::report);
            config.routes.post("/api/documents/{doc}/translations/{lang}/units/{unit}/qa", quality::checkUnit);
            config.routes.post("/api/documents/{doc}/translations/{lang}/units/{unit}/qa/ignored", quality::ignore);
            config.routes.delete("/api/documents/{doc}/translations/{lang}/units/{unit}/qa/ignored", quality::unignore);

            config.routes.exception(StaleSaveException.class, (e, ctx) -> conflict(workbench, e, ctx));
            config.routes.exception(TandemException.class, WebServer::userError);
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
            config.routes.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                    "malformed JSON body" + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr())));
            config.routes.exception(Exception.class, WebServer::serverError);
            config.routes.after(uploads::deleteParts);
            config.routes.error(404, ctx -> {
                // Keep the message of a NOT_FOUND the handler already wrote; only unknown paths get this one.
                if (ctx.path().startsWith("/api/") && !isJson(ctx.res().getContentType())) {
                    error(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
                }
            });
        });
    }

    /**
     * @throws TandemException when the address is taken or cannot be used
     */
    public WebServer start(String host, int port) {
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            throw TandemException.badInput("cannot listen on " + host + ":" + port
                    + " (is another Tandem or program using it? choose another with --port)");
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
        uploads.deleteFolder();
    }

    /** Where uploaded parts larger than a megabyte wait while their request is handled. */
    java.nio.file.Path uploadFolder() {
        return uploads.folder();
    }

    private static void securityHeaders(Context ctx) {
        SecurityHeaders.ALL.forEach(ctx::header);
    }

    /** A stale save, merge, split or restore: 409 with the unit as it is now, so the page can show both. */
    private static void conflict(Workbench workbench, StaleSaveException stale, Context ctx) {
        UnitSources sources = UnitSources.ofUnit(workbench.documents().document(Params.document(ctx)), stale.current());
        ctx.status(HttpStatus.CONFLICT).json(Map.of("error", stale.getMessage(), "current", UnitJson.of(stale.current(), sources,
                workbench.translations().comments(Params.document(ctx), Params.language(ctx)))));
    }

    private static void userError(TandemException e, Context ctx) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case STORAGE -> HttpStatus.INSUFFICIENT_STORAGE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        error(ctx, status, e.getMessage());
    }

    private static void serverError(Exception e, Context ctx) {
        int parser = UploadLimit.parserStatus(e);
        if (parser == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
            userError(UploadLimit.tooLarge(), ctx);
            return;
        }
        if (parser >= 400 && parser < 500) {
            error(ctx, HttpStatus.BAD_REQUEST, "malformed multipart form data");
            return;
        }
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details");
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.startsWith("application/json");
    }

    static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? status.getMessage() : message));
    }
}
