package dev.tandem.extract;

import dev.tandem.model.Article;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One child JVM running {@link ExtractionWorkerMain}, on this process's own class path (the
 * running jar, or the build's folders), with its own heap ({@code -Xmx}) and told to exit on
 * running out of it. Used by one request at a time.
 */
final class ExtractionWorker implements AutoCloseable {

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;
    private final ExecutorService reader;

    private ExtractionWorker(Process process) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "extraction-worker-" + process.pid());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts a worker and waits until it has warmed up and said it is ready. */
    static ExtractionWorker start(ExtractionLimits limits, int heapMegabytes) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heapMegabytes + "m");
        command.add("-Xss2m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(classPath());
        command.add(ExtractionWorkerMain.class.getName());
        command.add(Long.toString(limits.maxBytes()));
        command.add(Integer.toString(limits.maxCharacters()));
        // The worker gives up later than the server kills it, so a worker that answers is never still parsing.
        command.add(Long.toString(limits.timeout().toMillis() + 5_000));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ExtractionWorker worker = new ExtractionWorker(process);
        try {
            ArticleWire.awaitReady(worker.answers);
        } catch (IOException e) {
            worker.close();
            throw e;
        }
        return worker;
    }

    /**
     * This process's class path: the running jar or the build's folders; under a launcher that loads
     * the application in its own class loader (Maven's exec plugin), that loader's.
     */
    static String classPath() {
        if (ExtractionWorker.class.getClassLoader() instanceof URLClassLoader loader) {
            StringBuilder path = new StringBuilder();
            for (URL url : loader.getURLs()) {
                try {
                    path.append(path.isEmpty() ? "" : File.pathSeparator).append(Path.of(url.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: nothing a child JVM could load from
                }
            }
            return path.toString();
        }
        return System.getProperty("java.class.path");
    }

    /**
     * Sends one file and waits for the answer until {@code deadlineMillis} have passed.
     *
     * @throws TimeoutException when the worker has not answered in time (the caller kills it)
     * @throws IOException when the worker died (out of memory, or killed)
     */
    Article extract(String fileName, byte[] content, long deadlineMillis)
            throws IOException, TimeoutException, InterruptedException {
        Future<Article> answer = reader.submit(() -> ArticleWire.readAnswer(answers));
        try {
            ArticleWire.writeRequest(requests, fileName, content);
            return answer.get(deadlineMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("extraction worker failed", e.getCause());
        } catch (IOException e) {
            answer.cancel(true);
            throw e;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        reader.shutdownNow();
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
