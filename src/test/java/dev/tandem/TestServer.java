package dev.tandem;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.align.SentenceAligner;
import dev.tandem.app.Pipeline;
import dev.tandem.app.Workbench;
import dev.tandem.extract.ExtractionLimits;
import dev.tandem.extract.IsolatedExtractor;
import dev.tandem.model.SegmentationRules;
import dev.tandem.normalize.ArticleNormalizer;
import dev.tandem.segment.SentenceSegmenter;
import dev.tandem.web.JsonBodies;
import dev.tandem.web.SecuritySettings;
import dev.tandem.web.WebServer;
import dev.tandem.web.auth.Accounts;
import dev.tandem.web.auth.Grant;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A real server on a free port over a temporary store with the seed imported, and a plain HTTP client.
 * Register it with {@code @RegisterExtension final TestServer server = TestServer.withSeed();} for a fresh
 * store per test, or on a {@code static} field for one store shared by the whole class.
 */
public final class TestServer extends ScopedExtension {

    private Path data;
    private Workbench workbench;
    private WebServer server;
    private ServerApi api;

    private final Function<Path, Workbench> opener;
    private final boolean signIn;

    private TestServer(Function<Path, Workbench> opener, boolean signIn) {
        this.opener = opener;
        this.signIn = signIn;
    }

    public static TestServer withSeed() {
        return new TestServer(TestWorkbench::withSeed, false);
    }

    /** The password of every account {@link #withSignIn()} makes. */
    public static final String PASSWORD = "correct horse battery";

    /**
     * A server that requires sign-in, as beyond loopback, with three accounts: {@code ada}
     * (admin), {@code tomas} (translator:fr) and {@code rita} (reviewer:fr), all with {@link #PASSWORD}.
     */
    public static TestServer withSignIn() {
        return new TestServer(TestWorkbench::withSeed, true);
    }

    /** A server that parses uploads in child processes, as {@code serve} does, within {@code limits}. */
    public static TestServer withIsolatedParsing(ExtractionLimits limits, int heapMegabytes) {
        return new TestServer(data -> TestWorkbench.withSeed(data, new Pipeline(new IsolatedExtractor(limits, 1, heapMegabytes),
                new ArticleNormalizer(), new SentenceSegmenter(SegmentationRules.none()), new SentenceAligner())), false);
    }

    @Override
    protected void open() throws IOException {
        data = TempFolder.create("tandem-test-data");
        workbench = opener.apply(data);
        if (signIn) {
            Accounts accounts = Accounts.in(data, JsonBodies.create());
            accounts.add("ada", PASSWORD, List.of(Grant.parse("admin")));
            accounts.add("tomas", PASSWORD, List.of(Grant.parse("translator:fr")));
            accounts.add("rita", PASSWORD, List.of(Grant.parse("reviewer:fr")));
            server = new WebServer(workbench, new SecuritySettings("127.0.0.1", List.of(), true, data)).start("127.0.0.1", 0);
        } else {
            server = new WebServer(workbench).start("127.0.0.1", 0);
        }
        api = new ServerApi(url(""));
    }

    @Override
    protected void close() throws IOException {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (workbench != null) {
            workbench.pipeline().close();
        }
        if (data != null) {
            TempFolder.delete(data);
            data = null;
        }
    }

    /** The server itself, for tests of the web package that look at what it keeps. */
    public WebServer webServer() {
        return server;
    }

    public Workbench workbench() {
        return workbench;
    }

    /** The store's folder, deleted when the test (or the class, when shared) is done. */
    public Path data() {
        return data;
    }

    /** The page or API address for a path such as {@code /#/doc/seed/fr}; {@code url("")} is the server's base. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public HttpResponse<String> get(String path) {
        return api.get(path);
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return api.getBytes(path);
    }

    /** An open stream of the response, for server-sent events; the caller closes its body. */
    public HttpResponse<InputStream> stream(String path, String accept) {
        return api.stream(path, accept);
    }

    public HttpResponse<String> put(String path, String jsonBody) {
        return api.put(path, jsonBody);
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return api.post(path, contentType, body);
    }

    public HttpResponse<String> delete(String path) {
        return api.delete(path);
    }

    /** Any method with an optional JSON body. */
    public HttpResponse<String> send(String method, String path, String jsonBody) {
        return api.send(method, path, jsonBody);
    }

    /** A multipart form upload of one file in the field {@code file}, plus plain text fields. */
    public HttpResponse<String> upload(String path, String fileName, String contentType, byte[] content, Map<String, String> fields) {
        return api.upload(path, fileName, contentType, content, fields);
    }

    public JsonNode json(HttpResponse<String> response) {
        return ServerApi.json(response);
    }

    /** The token the page sends with uploads and forms ({@code GET /api/session}). */
    public String requestToken() {
        return api.requestToken();
    }
}
