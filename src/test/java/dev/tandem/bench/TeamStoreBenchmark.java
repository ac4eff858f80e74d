package dev.tandem.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.app.DatabaseLogin;
import dev.tandem.app.DatabaseTransfer;
import dev.tandem.app.Pipeline;
import dev.tandem.app.Workbench;
import dev.tandem.model.Changed;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.store.AtomicFileWriter;
import dev.tandem.store.DocumentStoreContract;
import dev.tandem.store.JsonFolderStore;
import dev.tandem.store.JsonMapperFactory;
import dev.tandem.store.TestDatabase;
import dev.tandem.ServerApi;
import dev.tandem.TempFolder;
import dev.tandem.web.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JSON store and PostgreSQL at team size, in the same run and over real HTTP: p50/p95 of
 * listing documents, opening a translation, saving a unit and a memory lookup (the two servers'
 * requests alternate, so the noise of the machine falls on both alike), and of a save through the
 * front door without HTTP and the QA findings a save over HTTP answers with; then saves per second on
 * one PostgreSQL server and on two servers of the same database. The store is built as a JSON
 * folder through the store's own API and loaded into the database with {@code db import}'s code.
 * Needs the test PostgreSQL ({@code eval "$(.ci/postgres)"}). The size is a parameter:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.TeamStoreBenchmark \
 *     -Dbench.documents=1000 -Dbench.languages=5 -Dbench.units=500 [-Dbench.requests=300] [-Dbench.seconds=15]
 * </pre>
 */
public final class TeamStoreBenchmark {

    private static final String[] WORDS = ("harbour bridge council river market station garden museum school library"
            + " weather morning evening summer winter village city road train ticket window letter story").split(" ");
    private static final String[] LANGUAGES = {"fr", "de", "es", "it", "pt", "nl", "pl"};

    private static final Map<String, Long> REVS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0); // exec:java would wait for the pools' threads
    }

    private static void run() throws Exception {
        int documents = Integer.getInteger("bench.documents", 40);
        int languages = Math.min(LANGUAGES.length, Integer.getInteger("bench.languages", 5));
        int units = Integer.getInteger("bench.units", 500);
        int requests = Integer.getInteger("bench.requests", 300);
        int seconds = Integer.getInteger("bench.seconds", 15);
        Path json = Files.createTempDirectory("tandem-team-bench-json");
        Path dataA = Files.createTempDirectory("tandem-team-bench-a");
        Path dataB = Files.createTempDirectory("tandem-team-bench-b");

        long start = System.nanoTime();
        build(json, documents, languages, units);
        double built = seconds(start);
        try (TestDatabase database = TestDatabase.create()) {
            DatabaseLogin login = new DatabaseLogin(database.url(), TestDatabase.user(), TestDatabase.password());
            start = System.nanoTime();
            new DatabaseTransfer(Clock.systemUTC()).importFolder(json, login);
            double loaded = seconds(start);
            System.out.printf("Store: %,d documents × %d languages × %,d units = %,d units; JSON folder built in %.0f s, loaded into"
                    + " PostgreSQL (db import) in %.0f s%n%n", documents, languages, units, (long) documents * languages * units, built, loaded);

            Workbench jsonBench = Workbench.open(json);
            jsonBench.claimStore(null);
            Workbench pgBench = Workbench.open(login, dataA, Clock.systemUTC(), null, Pipeline.Parsing.IN_PROCESS);
            WebServer jsonServer = new WebServer(jsonBench).start("127.0.0.1", 0);
            WebServer pgServer = new WebServer(pgBench).start("127.0.0.1", 0);
            ServerApi onJson = new ServerApi("http://127.0.0.1:" + jsonServer.port());
            ServerApi onPg = new ServerApi("http://127.0.0.1:" + pgServer.port());

            start = System.nanoTime();
            lookup(onJson, "d0", LANGUAGES[0], units, 0);
            double jsonIndex = seconds(start);
            start = System.nanoTime();
            lookup(onPg, "d0", LANGUAGES[0], units, 0);
            System.out.printf("Memory index built on first lookup: JSON %.0f s, PostgreSQL %.0f s%n", jsonIndex, seconds(start));
            // The first check of a language pair reads that pair's translations (QA's corpus): once per server, not per save.
            double[] corpora = new double[2];
            for (int s = 0; s < 2; s++) {
                start = System.nanoTime();
                for (int l = 0; l < languages; l++) {
                    save(s == 0 ? onJson : onPg, s == 0 ? "json" : "pg", "d0", LANGUAGES[l], 1, "warm-up");
                }
                corpora[s] = seconds(start);
            }
            System.out.printf("QA corpora read on the first save of each language: JSON %.0f s, PostgreSQL %.0f s%n%n", corpora[0], corpora[1]);

            Random random = new Random(7);
            String[] names = {"list documents", "open a translation", "save a unit", "memory lookup", "save, store only"};
            double[][][] times = new double[2][names.length][requests];
            ServerApi[] servers = {onJson, onPg};
            Workbench[] workbenches = {jsonBench, pgBench};
            for (int i = -requests / 10; i < requests; i++) {
                String document = "d" + random.nextInt(documents);
                String language = LANGUAGES[random.nextInt(languages)];
                int unit = random.nextInt(units);
                String target = "bench " + i;
                for (int s = 0; s < 2; s++) {
                    ServerApi server = servers[s];
                    Workbench workbench = workbenches[s];
                    String store = s == 0 ? "json" : "pg";
                    int other = (unit + units / 2) % units;
                    double[] measured = {
                        time(() -> ok(server.get("/api/documents"))),
                        time(() -> ok(server.get(translation(document, language)))),
                        time(() -> save(server, store, document, language, unit, target)),
                        time(() -> lookup(server, document, language, units, unit)),
                        // The same save without HTTP and the checks a save over HTTP answers with (QA): the store's own cost.
                        time(() -> saveInProcess(workbench, store, server, document, language, other, target)),
                    };
                    for (int op = 0; op < names.length && i >= 0; op++) {
                        times[s][op][i] = measured[op];
                    }
                }
            }
            System.out.printf("%-20s %10s %10s %10s %10s %9s%n", "ms, " + requests + " each", "JSON p50", "JSON p95", "PG p50", "PG p95",
                    "PG/JSON p95");
            for (int op = 0; op < names.length; op++) {
                double jsonP95 = MemoryBenchmark.percentile(times[0][op], 95);
                double pgP95 = MemoryBenchmark.percentile(times[1][op], 95);
                System.out.printf("%-20s %10.2f %10.2f %10.2f %10.2f %8.2f×%n", names[op], MemoryBenchmark.percentile(times[0][op], 50),
                        jsonP95, MemoryBenchmark.percentile(times[1][op], 50), pgP95, pgP95 / jsonP95);
            }
            jsonServer.stop();
            jsonBench.close();

            Workbench pgBenchB = Workbench.open(login, dataB, Clock.systemUTC(), null, Pipeline.Parsing.IN_PROCESS);
            WebServer pgServerB = new WebServer(pgBenchB).start("127.0.0.1", 0);
            ServerApi onPgB = new ServerApi("http://127.0.0.1:" + pgServerB.port());
            // Server B as a server that has run a while: its memory open (kept current with A's saves too) and its QA
            // corpora read, one save per language (the first check of a language pair reads that pair's translations).
            start = System.nanoTime();
            lookup(onPgB, "d0", LANGUAGES[0], units, 0);
            for (int l = 0; l < languages; l++) {
                save(onPgB, "pg", "d0", LANGUAGES[l], 1, "warm-up");
            }
            System.out.printf("%nServer B: memory index and QA corpora read on first use in %.0f s%n", seconds(start));
            int clients = 8;
            double one = savesPerSecond(List.of(onPg), clients, seconds, documents, languages, units, "one");
            double two = savesPerSecond(List.of(onPg, onPgB), clients, seconds, documents, languages, units, "two");
            System.out.printf("%nSaves per second on PostgreSQL, %d clients for %d s each (distinct units, no conflicts):%n"
                    + "  one server %.0f/s, two servers %.0f/s: %.2f×%n", clients, seconds, one, two, two / one);
            pgServerB.stop();
            pgBenchB.close();
            pgServer.stop();
            pgBench.close();
        } finally {
            for (Path folder : List.of(json, dataA, dataB)) {
                TempFolder.delete(folder); // a 2.5 M-unit store is a few GB
            }
        }
    }

    /** A JSON store of {@code documents} documents, each with every unit of every language translated once (rev 1). */
    private static void build(Path folder, int documents, int languages, int units) {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        try (JsonFolderStore store = new JsonFolderStore(folder, JsonMapperFactory.create(), new AtomicFileWriter(), Clock.systemUTC())) {
            Random random = new Random(1);
            for (int d = 0; d < documents; d++) {
                String[] sentences = new String[units];
                for (int u = 0; u < units; u++) {
                    sentences[u] = sentence(random, "Item " + u + " of part " + d);
                }
                store.importDocument(DocumentStoreContract.document("d" + d, sentences));
                for (int l = 0; l < languages; l++) {
                    String language = LANGUAGES[l];
                    store.change("d" + d, LanguageTag.of(language), (document, current) -> {
                        Translation translated = current;
                        for (Unit unit : current.units()) {
                            UnitEdit edit = new UnitEdit(unit.id(), 0, language + ": " + document.sourceText(unit), Status.TRANSLATED,
                                    "bench", null);
                            translated = translated.save(document, edit, now).translation();
                        }
                        return new Changed<>(translated, null);
                    });
                }
            }
        }
    }

    private static String sentence(Random random, String start) {
        StringBuilder text = new StringBuilder(start).append(" is about the");
        for (int w = 0; w < 8; w++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static double savesPerSecond(List<ServerApi> servers, int clients, int seconds, int documents, int languages, int units,
                                         String run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger saves = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            ServerApi server = servers.get(c % servers.size());
            running.add(pool.submit(() -> {
                Random random = new Random(client);
                for (int i = 0; System.nanoTime() < end; i++) {
                    // Each client its own units: no save is refused as stale.
                    int unit = client + clients * random.nextInt(Math.max(1, units / clients));
                    save(server, "pg", "d" + random.nextInt(documents), LANGUAGES[random.nextInt(languages)], unit, run + client + "-" + i);
                    saves.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        return saves.get() / (double) seconds;
    }

    private static String translation(String document, String language) {
        return "/api/documents/" + document + "/translations/" + language;
    }

    private static String unitId(ServerApi server, String document, String language, int index) {
        return ServerApi.json(ok(server.get(translation(document, language)))).get("units").get(index).get("id").asText();
    }

    private static final Map<String, String> UNIT_IDS = new ConcurrentHashMap<>();

    private static void save(ServerApi server, String store, String document, String language, int index, String target) {
        String id = UNIT_IDS.computeIfAbsent(document + "/" + language + "/" + index, key -> unitId(server, document, language, index));
        String key = store + "/" + document + "/" + language + "/" + id;
        long base = REVS.getOrDefault(key, 1L);
        HttpResponse<String> saved = ok(server.put(translation(document, language) + "/units/" + id,
                "{\"baseRev\":" + base + ",\"target\":\"" + target + "\",\"status\":\"translated\",\"by\":\"bench\"}"));
        JsonNode unit = ServerApi.json(saved);
        REVS.put(key, unit.get("rev").asLong());
    }

    private static void saveInProcess(Workbench workbench, String store, ServerApi server, String document, String language,
                                      int index, String target) {
        String id = UNIT_IDS.computeIfAbsent(document + "/" + language + "/" + index, key -> unitId(server, document, language, index));
        String key = store + "/" + document + "/" + language + "/" + id;
        Unit saved = workbench.translations().save(document, LanguageTag.of(language),
                new UnitEdit(id, REVS.getOrDefault(key, 1L), target, Status.TRANSLATED, "bench", null));
        REVS.put(key, saved.rev());
    }

    private static void lookup(ServerApi server, String document, String language, int units, int index) {
        String id = UNIT_IDS.computeIfAbsent(document + "/" + language + "/" + index, key -> unitId(server, document, language, index));
        ok(server.get(translation(document, language) + "/units/" + id + "/matches"));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static double time(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
