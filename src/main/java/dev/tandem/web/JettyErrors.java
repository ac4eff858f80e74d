package dev.tandem.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the routes (a {@code %00} in the path, an
 * over-long address, headers too large): {@code {"error": …}} with the security headers, like
 * every other error, and in words of our own rather than Jetty's.
 */
final class JettyErrors extends ErrorHandler {

    private final ObjectMapper mapper;

    JettyErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return ByteBuffer.wrap(body(status));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        headers(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    private static void headers(HttpFields.Mutable fields) {
        SecurityHeaders.ALL.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    }

    private byte[] body(int status) {
        try {
            return mapper.writeValueAsBytes(Map.of("error", message(status)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "malformed request (the address or a header holds characters that are not allowed, such as %00)";
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request is too large";
            case 414 -> "the address is too long";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "internal error; the server log has the details" : "the request was refused (HTTP " + status + ")";
        };
    }
}
