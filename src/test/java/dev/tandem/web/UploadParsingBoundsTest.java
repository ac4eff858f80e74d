package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.HostileFiles;
import dev.tandem.TestServer;
import dev.tandem.extract.ExtractionLimits;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Over real HTTP: a hostile upload is parsed in a child process, and the server goes on serving meanwhile. */
class UploadParsingBoundsTest {

    @RegisterExtension
    static final TestServer server = TestServer.withIsolatedParsing(
            new ExtractionLimits(50L * 1024 * 1024, 5_000_000, Duration.ofSeconds(20)), 160);

    @Test
    void zipBombUploadIsRefusedWhileTheServerKeepsAnsweringOthers() {
        byte[] bomb = HostileFiles.zipBombDocx(400L * 1024 * 1024);
        CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> server.upload("/api/documents",
                "bomb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb, Map.of("lang", "en")));
        List<Long> answerMillis = new ArrayList<>();
        while (!upload.isDone()) {
            long start = System.nanoTime();
            assertEquals(200, server.get("/api/documents").statusCode());
            answerMillis.add((System.nanoTime() - start) / 1_000_000);
            sleep(100);
        }
        HttpResponse<String> refused = upload.join();
        assertEquals(413, refused.statusCode(), refused.body());
        String error = server.json(refused).get("error").asText();
        assertTrue(error.startsWith("bomb.docx: needs more than "), error);
        assertTrue(answerMillis.stream().allMatch(millis -> millis < 5_000), "slow answers meanwhile: " + answerMillis);

        HttpResponse<String> next = server.upload("/api/documents", "garden.txt", "text/plain",
                "Community garden opens\n\nThe new garden on Elm Street opened on Saturday.\n".getBytes(StandardCharsets.UTF_8),
                Map.of("lang", "en"));
        assertEquals(201, next.statusCode(), next.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
