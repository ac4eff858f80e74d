package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.model.UnitMerge;
import dev.tandem.store.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db import} and {@code db export}: JSON → PostgreSQL → JSON gives the same bytes. */
class DatabaseTransferCliTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    @TempDir
    Path folder;

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private String[] db(String verb, Path dir) throws IOException {
        Path password = folder.resolve("db-password");
        Files.writeString(password, TestDatabase.password() + "\n");
        return new String[] {"db", verb, dir.toString(), "--db", database.url() + "?user=" + TestDatabase.user(),
            "--db-password-file", password.toString()};
    }

    /** Every file of the store's document folders (what the store keeps besides documents does not move). */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(file -> Files.isRegularFile(root.resolve(root.relativize(file).getName(0)).resolve("source.json"))).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private void assertRoundTripIsByteIdentical(Path store) throws IOException {
        CliTest.Result in = CliTest.run(db("import", store));
        assertEquals(0, in.code(), in.err());
        Path exported = folder.resolve("exported");
        CliTest.Result out = CliTest.run(db("export", exported));
        assertEquals(0, out.code(), out.err());
        assertEquals(tree(store), tree(exported));
    }

    @Test
    void theSeedStoreComesBackByteForByte() throws IOException {
        Path store = folder.resolve("translations");
        CliTest.Result imported = CliTest.run("import", TestWorkbench.fixture("seed-article.txt").toString(), "--lang", "en",
                "--id", "seed", "--data", store.toString());
        assertEquals(0, imported.code(), imported.err());

        assertRoundTripIsByteIdentical(store);
    }

    @Test
    void aStoreWithMergesHistoryCommentsAndAlignmentsComesBackByteForByte() throws IOException {
        Path store = folder.resolve("translations");
        Workbench workbench = TestWorkbench.withSeed(store);
        List<Unit> units = workbench.translations().translation("seed", FRENCH).units();
        workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(0).id(), 0, "Un.", Status.TRANSLATED, "Ana", null));
        workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(0).id(), 1, "Une.", Status.REVIEWED, "Ben", "note"));
        workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(1).id(), 0, "Deux.", Status.TRANSLATED, "Ana", null));
        workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(2).id(), 0, "Trois.", Status.TRANSLATED, "Ana", null));
        workbench.translations().merge("seed", FRENCH, new UnitMerge(units.get(1).id(), 1, 1, "Ben"));
        workbench.translations().addComment("seed", FRENCH, units.get(0).id(), "Plutôt « une » ?", "Rita");
        workbench.translations().resolveComment("seed", FRENCH, "c1", "Ana");
        workbench.translations().addComment("seed", FRENCH, units.get(0).id(), "OK 😀", "Ben");
        List<String> german = Files.readAllLines(TestWorkbench.fixture("seed-article.fr.txt")).stream()
                .filter(line -> !line.isBlank()).toList();
        workbench.alignments().alignTranslation("seed", LanguageTag.of("de"), "seed-article.de.txt", german);
        workbench.close();
        assertTrue(Files.exists(store.resolve("seed/fr.history.jsonl")));
        assertTrue(Files.exists(store.resolve("seed/fr.comments.json")));
        assertTrue(Files.exists(store.resolve("seed/de.alignment.json")));

        assertRoundTripIsByteIdentical(store);
    }

    @Test
    void exportRefusesAFolderThatHoldsAStore() throws IOException {
        Path store = folder.resolve("translations");
        CliTest.run("import", TestWorkbench.fixture("seed-article.txt").toString(), "--lang", "en", "--id", "seed",
                "--data", store.toString());

        CliTest.Result refused = CliTest.run(db("export", store));

        CliTest.assertOneLineError(refused);
        assertTrue(refused.err().contains("already holds a store"), refused.err());
    }

    @Test
    void aPasswordOnTheCommandLineIsRefused() {
        CliTest.Result refused = CliTest.run("db", "export", folder.resolve("x").toString(), "--db",
                database.url() + "?user=tandem&password=secret");

        CliTest.assertOneLineError(refused);
        assertTrue(refused.err().contains("must not carry the password"), refused.err());
    }
}
