package dev.tandem.team;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.ServerApi;
import dev.tandem.TempFolder;
import dev.tandem.app.DatabaseLogin;
import dev.tandem.app.Pipeline;
import dev.tandem.app.Workbench;
import dev.tandem.store.TestDatabase;
import dev.tandem.web.SecuritySettings;
import dev.tandem.web.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** A real Tandem server (as {@code serve --db} runs it) on a free port over a shared test database. */
public final class TeamServer implements AutoCloseable {

    private final Path data;
    private final Workbench workbench;
    private final WebServer server;
    private final ServerApi api;

    public TeamServer(TestDatabase database) {
        this(database, false);
    }

    /** With {@code signIn}, every request but the sign-in itself needs an account (the team's, in the database). */
    public TeamServer(TestDatabase database, boolean signIn) {
        try {
            data = TempFolder.create("tandem-team-server");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workbench = Workbench.open(new DatabaseLogin(database.url(), TestDatabase.user(), TestDatabase.password()), data,
                Clock.systemUTC(), null, Pipeline.Parsing.IN_PROCESS);
        server = new WebServer(workbench, new SecuritySettings("127.0.0.1", List.of(), signIn, data)).start("127.0.0.1", 0);
        api = new ServerApi(url());
    }

    public Workbench workbench() {
        return workbench;
    }

    /** The server's address, such as {@code http://127.0.0.1:1234}. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String path) {
        return api.get(path);
    }

    public HttpResponse<String> put(String path, String body) {
        return api.put(path, body);
    }

    public HttpResponse<String> post(String path, String jsonBody) {
        return api.post(path, "application/json", jsonBody);
    }

    /** A GET with a session cookie ({@code tandem_session=…}). */
    public HttpResponse<String> get(String path, String cookie) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + path)).header("Cookie", cookie).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<InputStream> stream(String path) {
        return api.stream(path, "text/event-stream");
    }

    public static JsonNode json(HttpResponse<String> response) {
        return ServerApi.json(response);
    }

    @Override
    public void close() {
        server.stop();
        workbench.close();
        try {
            TempFolder.delete(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
