package dev.tandem.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The two entry points as a user meets them, whole processes timed on the wall clock, each against a
 * baseline run alternately in the same run (medians of {@value #RUNS} runs). Tandem runs as the README
 * runs it, {@code java -XX:SharedArchiveFile=target/tandem.jsa -jar target/tandem.jar …}, and without
 * the class-data archive for comparison, so {@code mvn package} must have run first:
 * <ul>
 *   <li>{@code segment FILE --lang en} on 15 MB of English news prose, against {@link PlainIcuSegmentation}
 *       (ICU's {@code BreakIterator} over the same file, printing one sentence a line);</li>
 *   <li>{@code serve} until its first {@code /api/documents} answer, with the seed to import and with it
 *       already imported, against {@link PlainHttpServer} (the JDK's HTTP server answering the same path).</li>
 * </ul>
 * Run: {@code mvn -B -q package -DskipTests exec:java -Dexec.mainClass=dev.tandem.bench.EntryPointBenchmark}
 * ({@code -Dbench.only=segment} or {@code serve} for one of them, {@code -Dbench.runs=N}).
 */
public final class EntryPointBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final long PROSE_BYTES = 15L * 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    private static final Path JAR = Path.of("target", "tandem.jar");
    private static final Path ARCHIVE = Path.of("target", "tandem.jsa");
    private static final List<String> WITH_ARCHIVE = List.of("-XX:SharedArchiveFile=" + ARCHIVE);
    private static final List<String> WITHOUT_ARCHIVE = List.of();

    private EntryPointBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(JAR) || !Files.isRegularFile(ARCHIVE)) {
            throw new IllegalStateException("no " + JAR + " and " + ARCHIVE + ": run mvn package first");
        }
        String classPath = classPath();
        Path root = Files.createTempDirectory("tandem-entry-bench");
        String only = System.getProperty("bench.only", "");
        if (!only.equals("serve")) {
            segment(classPath, root);
        }
        if (!only.equals("segment")) {
            serve(classPath, root);
        }
    }

    private static void segment(String classPath, Path root) throws IOException, InterruptedException {
        Path prose = prose(root.resolve("prose-en.txt"));
        System.out.printf("segment: %.1f MB of English prose, %d runs each, alternating%n", Files.size(prose) / 1e6, RUNS);
        double[] plain = new double[RUNS];
        double[] tandem = new double[RUNS];
        double[] unarchived = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            plain[run] = seconds(command(classPath, PlainIcuSegmentation.class.getName(), prose.toString(), "en"));
            tandem[run] = seconds(jar(WITH_ARCHIVE, "segment", prose.toString(), "--lang", "en"));
            unarchived[run] = seconds(jar(WITHOUT_ARCHIVE, "segment", prose.toString(), "--lang", "en"));
        }
        System.out.printf("  plain ICU program            %.2f s (median; %s)%n", median(plain), range(plain));
        System.out.printf("  tandem segment               %.2f s (median; %s), %.2f× (per run: %s)%n", median(tandem), range(tandem),
                median(ratios(tandem, plain)), range(ratios(tandem, plain)));
        System.out.printf("  the same without the archive %.2f s (median; %s), %.2f×%n%n", median(unarchived), range(unarchived),
                median(ratios(unarchived, plain)));
    }

    private static void serve(String classPath, Path root) throws IOException, InterruptedException {

        Path seeds = Files.createDirectories(root.resolve("seeds"));
        try (InputStream seed = EntryPointBenchmark.class.getResourceAsStream("/bench/segmentation/seed-article.txt")) {
            Files.write(seeds.resolve("000_seed.txt"), seed.readAllBytes());
        }
        System.out.printf("serve: process start to the first 200 from /api/documents, %d runs each, alternating%n", RUNS);
        double[] baseline = new double[RUNS];
        double[] fresh = new double[RUNS];
        double[] again = new double[RUNS];
        double[] unarchived = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            baseline[run] = untilAnswered(port -> command(classPath, PlainHttpServer.class.getName(), String.valueOf(port)));
            Path data = root.resolve("data-" + run);
            fresh[run] = untilAnswered(port -> jar(WITH_ARCHIVE, serve(port, data, seeds)));
            again[run] = untilAnswered(port -> jar(WITH_ARCHIVE, serve(port, data, seeds)));
            unarchived[run] = untilAnswered(port -> jar(WITHOUT_ARCHIVE, serve(port, data, seeds)));
        }
        System.out.printf("  plain JDK HTTP server                    %.2f s (median; %s)%n", median(baseline), range(baseline));
        System.out.printf("  serve, seed to import                    %.2f s (median; %s), %.2f× the baseline%n",
                median(fresh), range(fresh), median(ratios(fresh, baseline)));
        System.out.printf("  serve, seed already there                %.2f s (median; %s), %.2f× the baseline%n",
                median(again), range(again), median(ratios(again, baseline)));
        System.out.printf("  the same without the class-data archive  %.2f s (median; %s), %.2f× the baseline%n",
                median(unarchived), range(unarchived), median(ratios(unarchived, baseline)));
    }

    /** English news prose: the seed article's paragraphs repeated to {@value #PROSE_BYTES} bytes. */
    private static Path prose(Path file) throws IOException {
        String seed;
        try (InputStream in = EntryPointBenchmark.class.getResourceAsStream("/bench/segmentation/seed-article.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip() + "\n\n";
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < PROSE_BYTES) {
            text.append(seed);
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String[] serve(int port, Path data, Path seeds) {
        return new String[] {"serve", "--port", String.valueOf(port), "--data", data.toString(), "--seeds", seeds.toString()};
    }

    /** {@code java [options] -jar target/tandem.jar args}, as a user runs it. */
    private static List<String> jar(List<String> options, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> command(String classPath, String... mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath));
        command.addAll(List.of(mainAndArgs));
        return command;
    }

    private static double seconds(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    interface Server {
        List<String> commandFor(int port);
    }

    /** Starts a server process, polls {@code /api/documents} until it answers 200, stops the process. */
    private static double untilAnswered(Server server) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = server.commandFor(port);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server stopped: " + command);
                }
                try {
                    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return (System.nanoTime() - start) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The test class path of this run: exec:java loads the project through its own class loader. */
    private static String classPath() throws URISyntaxException {
        ClassLoader loader = EntryPointBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static double[] ratios(double[] of, double[] to) {
        double[] ratios = new double[of.length];
        for (int i = 0; i < of.length; i++) {
            ratios[i] = of[i] / to[i];
        }
        return ratios;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String range(double[] values) {
        return Arrays.stream(values).sorted().mapToObj(v -> String.format("%.2f", v)).collect(Collectors.joining(" "));
    }
}
