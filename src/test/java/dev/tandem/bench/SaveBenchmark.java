package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Unit;
import dev.tandem.web.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of one editor save over HTTP into a 20,000-unit translation, as a ratio to a save into
 * a 100-unit one, both on the same server in the same run (saves alternate between the two, so
 * the disk and the machine treat both alike). The store is claimed as {@code serve} claims it.
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.SaveBenchmark}
 */
public final class SaveBenchmark {

    private static final int WARM_UP = 100;
    private static final int RUNS = 1_200;
    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("tandem-save-bench");
        Workbench workbench = Workbench.open(data);
        workbench.claimStore(null);
        importArticle(workbench, data, "small", 100);
        importArticle(workbench, data, "large", 20_000);
        WebServer server = new WebServer(workbench).start("127.0.0.1", 0);
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String base = "http://127.0.0.1:" + server.port() + "/api/documents/";
        List<Unit> small = workbench.translations().translation("small", FRENCH).units();
        List<Unit> large = workbench.translations().translation("large", FRENCH).units();
        long[] smallRevs = new long[small.size()];
        long[] largeRevs = new long[large.size()];
        double[] smallTimes = new double[RUNS];
        double[] largeTimes = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            int s = Math.floorMod(i, small.size());
            int l = Math.floorMod(i * 7919, large.size());
            double smallTime = save(http, json, base + "small/translations/fr/units/" + small.get(s).id(), smallRevs, s, i);
            double largeTime = save(http, json, base + "large/translations/fr/units/" + large.get(l).id(), largeRevs, l, i);
            if (i >= 0) {
                smallTimes[i] = smallTime;
                largeTimes[i] = largeTime;
            }
        }
        server.stop();
        workbench.close();
        System.out.printf("Saves over HTTP, %,d each after %d warm-up saves, alternating (journal folded every 1,000 saves)%n%n",
                RUNS, WARM_UP);
        System.out.printf("%-36s %10s %10s %10s%n", "", "median ms", "p99 ms", "max ms");
        print("100-unit translation (baseline)", smallTimes);
        print("20,000-unit translation", largeTimes);
        System.out.printf("%nratio of medians (20,000 / 100): %.2f%n", median(largeTimes) / median(smallTimes));
    }

    private static double save(HttpClient http, ObjectMapper json, String url, long[] revs, int index, int round)
            throws IOException, InterruptedException {
        String body = json.writeValueAsString(java.util.Map.of("baseRev", revs[index],
                "target", "Une phrase traduite, version " + round + ".", "status", "translated", "by", "bench"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode saved = json.readTree(response.body());
        revs[index] = saved.get("rev").asLong();
        return seconds;
    }

    /** A plain-text article of one-sentence paragraphs, imported and given a French translation file. */
    static void importArticle(Workbench workbench, Path folder, String id, int sentences) throws IOException {
        StringBuilder article = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            article.append("Sentence number ").append(i + 1).append(" of the ").append(id).append(" article.\n\n");
        }
        Path file = folder.resolve(id + ".txt");
        Files.writeString(file, article);
        workbench.documents().importFile(file, LanguageTag.of("en"), id);
        workbench.translations().addLanguage(id, FRENCH);
        Files.delete(file);
    }

    private static void print(String label, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%-36s %10.2f %10.2f %10.2f%n", label, median(times) * 1e3,
                sorted[(int) (sorted.length * 0.99)] * 1e3, sorted[sorted.length - 1] * 1e3);
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
