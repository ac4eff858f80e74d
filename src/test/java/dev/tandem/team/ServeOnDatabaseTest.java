package dev.tandem.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.ForkedJvm;
import dev.tandem.ServerApi;
import dev.tandem.cli.Main;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Unit;
import dev.tandem.store.DocumentStoreContract;
import dev.tandem.store.PostgresStore;
import dev.tandem.store.FreshDatabase;
import dev.tandem.store.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem serve --db jdbc:postgresql://…} as a user runs it: the command line's own entry
 * point in a process of its own, the user and password from the environment and a file, never
 * from the arguments; then plain HTTP against the address it prints.
 */
class ServeOnDatabaseTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Test
    void serveOnTheDatabaseListsSavesAndReadsBackUnitsOverHttp() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path seeds = Files.createDirectories(folder.resolve("seeds"));
        try (PostgresStore store = new PostgresStore(database.get().open(), Clock.systemUTC())) {
            store.importDocument(DocumentStoreContract.document("article", "The first sentence.", "The second one.", "A third."));
        }
        Path passwordFile = folder.resolve("db-password");
        Files.writeString(passwordFile, TestDatabase.password() + "\n", StandardCharsets.UTF_8);
        String[] arguments = {"serve", "--db", database.get().url(), "--port", "0", "--data", data.toString(), "--seeds", seeds.toString()};
        assertFalse(String.join(" ", arguments).contains(TestDatabase.password()), "no password on the command line");

        try (ForkedJvm server = ForkedJvm.start(folder.resolve("server.log"), List.of(),
                Map.of("TANDEM_DB_USER", TestDatabase.user(), "TANDEM_DB_PASSWORD_FILE", passwordFile.toString()),
                Main.class, arguments)) {
            String line = server.awaitLine(text -> text.startsWith("Open http"));
            String base = line.substring("Open ".length(), line.indexOf(' ', "Open ".length())).replaceAll("/$", "");
            ServerApi api = new ServerApi(base);

            HttpResponse<String> listed = api.get("/api/documents");
            assertEquals(200, listed.statusCode(), listed.body());
            JsonNode documents = ServerApi.json(listed);
            assertEquals(1, documents.size(), documents.toString());
            String id = documents.get(0).get("id").asText();
            assertEquals("article", id);
            assertEquals(3, documents.get(0).get("segments").asInt());
            String translation = "/api/documents/" + id + "/translations/fr";
            JsonNode units = ServerApi.json(api.get(translation)).get("units");
            String unitId = units.get(1).get("id").asText();
            assertEquals(0, units.get(1).get("rev").asLong());

            HttpResponse<String> saved = api.put(translation + "/units/" + unitId,
                    "{\"baseRev\":0,\"target\":\"Enregistré sur la base\",\"status\":\"translated\",\"by\":\"Ana\"}");
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(1, ServerApi.json(saved).get("rev").asLong());
            HttpResponse<String> stale = api.put(translation + "/units/" + unitId,
                    "{\"baseRev\":0,\"target\":\"Une autre version\",\"status\":\"translated\",\"by\":\"Ben\"}");
            assertEquals(409, stale.statusCode(), stale.body());

            JsonNode readBack = unit(ServerApi.json(api.get(translation)).get("units"), unitId);
            assertEquals("Enregistré sur la base", readBack.get("target").asText());
            assertEquals("Ana", readBack.get("by").asText());
            assertEquals(1, readBack.get("rev").asLong());

            // The save is in PostgreSQL, not in the server's --data folder.
            try (PostgresStore store = new PostgresStore(database.get().open(), Clock.systemUTC())) {
                Unit stored = store.translation(id, LanguageTag.of("fr")).unit(unitId).orElseThrow();
                assertEquals("Enregistré sur la base", stored.target());
            }
            try (Stream<Path> files = Files.walk(data)) {
                assertEquals(List.of(), files.filter(path -> path.getFileName().toString().endsWith(".json")
                        && path.toString().contains(id)).toList(), "no JSON store in --data");
            }
        }
    }

    private static JsonNode unit(JsonNode units, String id) {
        for (JsonNode unit : units) {
            if (unit.get("id").asText().equals(id)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + id + " in " + units);
    }
}
