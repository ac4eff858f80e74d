package dev.tandem.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client of one running Tandem server, sending its request token as the page does. */
final class ServerApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    /** {@code base} is the server's address, such as {@code http://127.0.0.1:1234}. */
    ServerApi(String base) {
        this.base = base;
        this.token = json(send(HttpRequest.newBuilder(URI.create(base + "/api/session")).GET(),
                HttpResponse.BodyHandlers.ofString())).get("requestToken").asText();
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
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Tandem-Token", token);
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
}
