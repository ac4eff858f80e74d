package dev.tandem.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.TempFolder;
import dev.tandem.app.DatabaseLogin;
import dev.tandem.app.Pipeline;
import dev.tandem.app.Workbench;
import dev.tandem.store.TestDatabase;
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

/** A real Tandem server (as {@code serve --db} runs it) on a free port over a shared test database. */
final class TeamServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Path data;
    private final Workbench workbench;
    private final WebServer server;
    private final String token;

    TeamServer(TestDatabase database) {
        try {
            data = TempFolder.create("tandem-team-server");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workbench = Workbench.open(new DatabaseLogin(database.url(), TestDatabase.user(), TestDatabase.password()), data,
                Clock.systemUTC(), null, Pipeline.Parsing.IN_PROCESS);
        server = new WebServer(workbench).start("127.0.0.1", 0);
        token = json(get("/api/session")).get("requestToken").asText();
    }

    Workbench workbench() {
        return workbench;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<InputStream> stream(String path) {
        return send(request(path).header("Accept", "text/event-stream").GET(), HttpResponse.BodyHandlers.ofInputStream());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        return token == null ? builder : builder.header("X-Tandem-Token", token);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
