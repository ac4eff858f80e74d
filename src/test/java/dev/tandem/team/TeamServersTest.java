package dev.tandem.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.TestWorkbench;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.ReferenceMemory;
import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import dev.tandem.store.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two Tandem servers on one PostgreSQL database behave as one: over real HTTP, on a real database. */
class TeamServersTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");
    private static final String TRANSLATION = "/api/documents/seed/translations/fr";
    private static final String UNITS = TRANSLATION + "/units/";

    @RegisterExtension
    final TwoTeamServers team = new TwoTeamServers();

    private TestDatabase database;
    private TeamServer a;
    private TeamServer b;

    @BeforeEach
    void servers() {
        database = team.database();
        a = team.a();
        b = team.b();
    }

    private static String body(long baseRev, String target) {
        return "{\"baseRev\":" + baseRev + ",\"target\":\"" + target + "\",\"status\":\"translated\",\"by\":\"Ana\"}";
    }

    @Test
    void concurrentSavesOverTwoServersAreEachAccountedForOrRefusedWithTheCurrentValue() throws Exception {
        JsonNode units = TeamServer.json(a.get(TRANSLATION)).get("units");
        List<String> shared = List.of(units.get(0).get("id").asText(), units.get(1).get("id").asText(), units.get(2).get("id").asText());
        int clients = 10;
        int savesEach = 30;
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Set<String> acknowledgedTargets = Collections.synchronizedSet(new HashSet<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            TeamServer server = client % 2 == 0 ? a : b;
            running.add(pool.submit(() -> {
                long[] known = new long[shared.size()];
                start.await();
                for (int i = 0; i < savesEach; i++) {
                    int unit = (client + i) % shared.size();
                    String target = "c" + client + "-" + i;
                    HttpResponse<String> response = server.put(UNITS + shared.get(unit), body(known[unit], target));
                    JsonNode answer = TeamServer.json(response);
                    if (response.statusCode() == 200) {
                        acknowledged.incrementAndGet();
                        acknowledgedTargets.add(shared.get(unit) + "=" + target);
                        known[unit] = answer.get("rev").asLong();
                    } else if (response.statusCode() == 409) {
                        refused.incrementAndGet();
                        JsonNode current = answer.get("current");
                        if (current == null || current.get("rev").asLong() <= known[unit] || !answer.has("error")) {
                            problems.add("a 409 without a newer current value: " + response.body());
                        } else {
                            known[unit] = current.get("rev").asLong();
                        }
                    } else {
                        problems.add(response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> client : running) {
            client.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(List.of(), problems);
        assertEquals(clients * savesEach, acknowledged.get() + refused.get());
        assertTrue(refused.get() > 0, "clients on two servers did collide");
        long revisions = 0;
        for (String unitId : shared) {
            JsonNode unit = findUnit(TeamServer.json(b.get(TRANSLATION)).get("units"), unitId);
            long rev = unit.get("rev").asLong();
            revisions += rev;
            List<HistoryEntry> history = b.workbench().translations().history("seed", FRENCH, unitId);
            assertEquals(rev - 1, history.size(), "every earlier acknowledged text of " + unitId + " is in its history");
            Set<String> texts = new HashSet<>();
            history.forEach(entry -> texts.add(unitId + "=" + entry.target()));
            texts.add(unitId + "=" + unit.get("target").asText());
            assertEquals(rev, texts.size(), "no text stored twice");
            acknowledgedTargets.stream().filter(t -> t.startsWith(unitId + "=")).forEach(t ->
                    assertTrue(texts.contains(t), t + " was acknowledged and is kept"));
        }
        assertEquals(acknowledged.get(), revisions, "final revisions = acknowledged saves");
    }

    private static JsonNode findUnit(JsonNode units, String id) {
        for (JsonNode unit : units) {
            if (unit.get("id").asText().equals(id)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + id);
    }

    @Test
    void aSaveOnOneServerReachesAnEditorOpenOnTheOtherWithinOneSecond() throws Exception {
        HttpResponse<InputStream> stream = b.stream(TRANSLATION + "/events");
        assertEquals(200, stream.statusCode());
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertEquals(": connected", lines.readLine());
        java.util.concurrent.atomic.AtomicLong arrived = new java.util.concurrent.atomic.AtomicLong();
        CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        arrived.set(System.nanoTime());
                        return line;
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300); // server B's listener is connected before the save
        String unitId = TeamServer.json(a.get(TRANSLATION)).get("units").get(3).get("id").asText();
        assertEquals(200, a.put(UNITS + unitId, body(0, "Vu sur B")).statusCode());
        long acknowledged = System.nanoTime();

        String data = event.get(5, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(arrived.get() - acknowledged);
        assertTrue(data.contains("\"target\":\"Vu sur B\""), data);
        assertTrue(millis < 1000, "reached server B " + millis + " ms after server A acknowledged the save");
        stream.body().close();
    }

    @Test
    void whenTheDatabaseGoesAwaySavesAre503AndNothingIsHalfWrittenThenTheServerRecovers() {
        String unitId = TeamServer.json(a.get(TRANSLATION)).get("units").get(5).get("id").asText();
        assertEquals(200, a.put(UNITS + unitId, body(0, "Avant")).statusCode());

        database.goAway();
        HttpResponse<String> refused = a.put(UNITS + unitId, body(1, "Pendant"));
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(TeamServer.json(refused).get("error").asText().contains("database is unavailable"), refused.body());
        HttpResponse<String> again = b.put(UNITS + unitId, body(1, "Pendant sur B"));
        assertEquals(503, again.statusCode(), again.body());

        database.comeBack();
        // The pool reconnects on its own schedule after refused attempts; a few seconds is recovery.
        HttpResponse<String> back = a.get(TRANSLATION);
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); back.statusCode() == 503 && System.nanoTime() < deadline; ) {
            Thread.onSpinWait();
            back = a.get(TRANSLATION);
        }
        assertEquals(200, back.statusCode(), back.body());
        JsonNode unit = findUnit(TeamServer.json(back).get("units"), unitId);
        assertEquals("Avant", unit.get("target").asText(), "the refused saves left nothing");
        assertEquals(1, unit.get("rev").asLong());
        assertEquals(List.of(), b.workbench().translations().history("seed", FRENCH, unitId), "and no history row");
        HttpResponse<String> after = b.put(UNITS + unitId, body(1, "Après"));
        assertEquals(200, after.statusCode(), after.body());
        assertEquals("Après", findUnit(TeamServer.json(a.get(TRANSLATION)).get("units"), unitId).get("target").asText());
    }

    private static List<String> memoryTargets(TeamServer server, String source) {
        return server.workbench().memory().matches(source, LanguageTag.of("en"), FRENCH, 90, 3).stream()
                .map(match -> match.entry().target()).toList();
    }

    @Test
    void aReferenceMemoryAddedOnOneServerGivesMatchesOnTheOtherWithoutARestart() throws InterruptedException {
        assertEquals(List.of(), memoryTargets(b, "Open the settings page."), "server B's memory is open, without the reference");
        a.workbench().memory().addReference(TestWorkbench.fixture("okapi-rainbow.tmx"), 0, null, null);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (memoryTargets(b, "Open the settings page.").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of("Ouvrez la page des paramètres."), memoryTargets(b, "Open the settings page."));

        a.workbench().memory().removeReference("okapi-rainbow");
        deadline = System.nanoTime() + 10_000_000_000L;
        while (!memoryTargets(b, "Open the settings page.").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), memoryTargets(b, "Open the settings page."), "and its removal too");
    }

    @Test
    void theGlossaryReferenceMemoriesAndIgnoredFindingsOfOneServerAreTheOthers() {
        LanguageTag english = LanguageTag.of("en");
        assertEquals(List.of(), b.workbench().glossaries().list(english, FRENCH), "server B has read the empty glossary");

        a.workbench().glossaries().add(english, FRENCH, "workbench", "atelier", null, null, TermStatus.PREFERRED, null);
        a.workbench().memory().addReference(TestWorkbench.fixture("okapi-rainbow.tmx"), 0, null, null);
        String unitId = TeamServer.json(a.get(TRANSLATION)).get("units").get(0).get("id").asText();
        a.workbench().quality().ignore("seed", FRENCH, unitId, "number|7", "The 7 is the room's", "Rita");

        assertEquals(List.of("atelier"), b.workbench().glossaries().list(english, FRENCH).stream().map(Term::target).toList());
        assertEquals(List.of("okapi-rainbow"), b.workbench().memory().references().stream().map(ReferenceMemory::name).toList());
        b.workbench().quality().unignore("seed", FRENCH, unitId, "number|7");
        b.workbench().glossaries().remove(b.workbench().glossaries().list(english, FRENCH).get(0).id());
        assertEquals(List.of(), a.workbench().glossaries().list(english, FRENCH), "and back: server A sees B's removal");
    }
}
