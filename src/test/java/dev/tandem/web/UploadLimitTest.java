package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An upload larger than the limit is refused while it streams in: the 413 arrives long before the
 * client has sent it all, so the server never holds the whole body, and it keeps serving.
 */
class UploadLimitTest {

    private static final long LIMIT = 60L * 1024 * 1024;
    private static final String BOUNDARY = "big-upload";

    @RegisterExtension
    final TestServer server = TestServer.withSeed();

    private int port() {
        return Integer.parseInt(server.url("").replaceAll(".*:", ""));
    }

    /** What the server answered, and how many body bytes the client had sent by then. */
    private record Outcome(String answer, long sentBeforeAnswer) {
    }

    /**
     * Streams {@code total} bytes of file content generated on the fly (nothing held in memory),
     * chunked or with a declared length, and reads the answer as soon as it comes.
     */
    private Outcome stream(long total, boolean chunked) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            String length = chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + (head.length + total) + "\r\n";
            out.write(("POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Tandem-Token: " + server.requestToken()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n" + length
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'a');
                try {
                    write(out, head, chunked);
                    while (sent.get() < total) {
                        write(out, chunk, chunked);
                        sent.addAndGet(chunk.length);
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                } catch (IOException closedByServer) {
                    // expected once the server has answered and closed the connection
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            int first = in.read();
            long sentWhenAnswered = sent.get();
            String answer = (char) first + new String(in.readAllBytes(), StandardCharsets.UTF_8);
            socket.close();
            writer.join(5_000);
            return new Outcome(answer, sentWhenAnswered);
        }
    }

    private static void write(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(bytes);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private void assertRefusedEarly(Outcome outcome, long total) {
        assertTrue(outcome.answer().startsWith("HTTP/1.1 413"), outcome.answer().lines().findFirst().orElse(""));
        assertTrue(outcome.answer().contains("{\"error\":\"the upload is larger than 60 MB"), outcome.answer());
        assertTrue(outcome.answer().contains("Content-Security-Policy"), outcome.answer());
        assertTrue(outcome.sentBeforeAnswer() < total / 2,
                "refused after " + outcome.sentBeforeAnswer() / (1024 * 1024) + " MB of " + total / (1024 * 1024));
        assertEquals(200, server.get("/api/documents").statusCode(), "the server keeps serving");
        try {
            assertEquals(List.of(), files(server.webServer().uploadFolder()), "the refused upload left nothing on disk");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStreamedUploadWithoutALengthIsRefusedOnceItPassesTheLimit() throws Exception {
        long total = 400L * 1024 * 1024;
        assertRefusedEarly(stream(total, true), total);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
        long total = 1536L * 1024 * 1024;
        Outcome outcome = stream(total, false);
        assertRefusedEarly(outcome, total);
        assertTrue(outcome.sentBeforeAnswer() < LIMIT, "nothing like the limit was read: " + outcome.sentBeforeAnswer());
    }

    @Test
    void uploadedPartsLeaveTheDiskWhenTheirRequestEnds() throws Exception {
        byte[] article = ("A sentence of the article that is long enough to matter. ".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        assertTrue(article.length > 3 * 1024 * 1024, "larger than what is kept in memory");
        HttpResponse<String> refused = server.upload("/api/documents/seed/translations/fr/import", "long.xyz", "text/plain",
                article, java.util.Map.of());
        assertEquals(415, refused.statusCode(), refused.body());
        assertEquals(List.of(), files(server.webServer().uploadFolder()), "no part left behind after a refused import");
        assertEquals(200, server.upload("/api/documents/seed/resegment", "long.txt", "text/plain", article, java.util.Map.of())
                .statusCode());
        assertEquals(List.of(), files(server.webServer().uploadFolder()), "nor after a route that ignores the parts");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.toList();
        }
    }
}
