package dev.tandem.cli;

import dev.tandem.model.TandemException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The build's training run for the class-data archive ({@code target/tandem.jsa}): the JVM records
 * every class this run loads, and a later {@code java -XX:SharedArchiveFile=target/tandem.jsa …}
 * maps them in already parsed and verified instead of loading them from the jar, which is most of
 * a start's time. So it does what a user's first minute does: {@code import} a short article,
 * {@code serve} that store until it answers the page, the document list and the document, then
 * {@code segment} the article, all in a new
 * folder inside the given one (the build gives {@code target/}). Hidden from {@code --help}.
 */
@Command(name = "train-start-up", hidden = true,
        description = "Run serve and segment once for the build's class-data archive (not for users).")
final class StartUpTrainingCommand implements Callable<Integer> {

    private static final Duration SERVER_START_LIMIT = Duration.ofSeconds(120);
    private static final String DOCUMENT = "training";
    private static final List<String> PAGE_PATHS = List.of("/", "/js/main.js", "/css/app.css", "/api/startup",
            "/api/session", "/api/coverage", "/api/documents/" + DOCUMENT, "/api/documents/" + DOCUMENT + "/coverage");

    @Parameters(paramLabel = "FOLDER", description = "Where to make the run's own folder (its store and files).")
    Path parent;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(parent)) {
            throw TandemException.notFound("no folder " + parent);
        }
        Path folder = Files.createTempDirectory(parent, "start-up-training-");
        String data = folder.resolve("translations").toString();
        Path article = Files.writeString(folder.resolve("article.txt"),
                "The river rose overnight. Dr. Smith said the dam held.\n\nIt rained again on Tuesday.\n",
                StandardCharsets.UTF_8);
        // Most starts open a store that holds documents: that path loads classes an empty store does not.
        if (quietly("import", article.toString(), "--lang", "en", "--id", DOCUMENT, "--data", data) != 0) {
            throw new IllegalStateException("the training import failed");
        }
        serveUntilAnswered(folder, data);
        quietly("segment", article.toString(), "--lang", "en", "--data", data);
        return 0;
    }

    /** Starts {@code serve} in this process and asks for what the page asks for first; the JVM's exit stops it. */
    private static void serveUntilAnswered(Path folder, String data) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        String[] serve = {"serve", "--port", String.valueOf(port), "--data", data, "--seeds", seeds.toString()};
        Thread server = new Thread(() -> quietly(serve), "tandem-training-serve");
        server.setDaemon(true);
        server.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI base = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + SERVER_START_LIMIT.toNanos();
        while (status(http, base.resolve("/api/documents")) != 200) {
            if (System.nanoTime() > deadline || !server.isAlive()) {
                throw new IllegalStateException("the training server did not answer on port " + port);
            }
            Thread.sleep(50);
        }
        for (String path : PAGE_PATHS) {
            int status = status(http, base.resolve(path));
            if (status != 200) {
                // The build runs this on the shaded jar: a page file it cannot serve fails the build.
                throw new IllegalStateException("the training server answered " + status + " to " + path);
            }
        }
    }

    private static int status(HttpClient http, URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYetListening) {
            return -1;
        }
    }

    private static int quietly(String... args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return Main.commandLine(nowhere, nowhere, args).execute(args);
    }
}
