package dev.tandem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A plain HTTP client of one running Tandem server, sending its request token as the page does. */
public final class ServerApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "tandem-test-boundary";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    /** {@code base} is the server's address, such as {@code http://127.0.0.1:1234}. */
    public ServerApi(String base) {
        this.base = base;
        this.token = json(send(HttpRequest.newBuilder(URI.create(base + "/api/session")).GET(),
                HttpResponse.BodyHandlers.ofString())).get("requestToken").asText();
    }

    /** The token the page sends with every write ({@code GET /api/session}). */
    public String requestToken() {
        return token;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An open stream of the response (server-sent events, with {@code accept} text/event-stream); the caller closes its body. */
    public HttpResponse<InputStream> stream(String path, String accept) {
        return send(request(path).header("Accept", accept).GET(), HttpResponse.BodyHandlers.ofInputStream());
    }

    public HttpResponse<String> put(String path, String jsonBody) {
        return send("PUT", path, jsonBody);
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any method with an optional JSON body. */
    public HttpResponse<String> send(String method, String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form upload of one file in the field {@code file}, plus plain text fields. */
    public HttpResponse<String> upload(String path, String fileName, String contentType, byte[] content, Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        fields.forEach((name, value) -> body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value).getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) {
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
