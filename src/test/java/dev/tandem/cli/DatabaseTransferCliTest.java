package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.app.Workbench;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.TermStatus;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import dev.tandem.model.UnitMerge;
import dev.tandem.store.FreshDatabase;
import dev.tandem.store.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code db import} and {@code db export}: JSON → PostgreSQL → JSON gives the same bytes. */
class DatabaseTransferCliTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    @TempDir
    Path folder;

    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    private String[] db(String verb, Path dir) throws IOException {
        Path password = folder.resolve("db-password");
        Files.writeString(password, TestDatabase.password() + "\n");
        return new String[] {"db", verb, dir.toString(), "--db", database.get().url() + "?user=" + TestDatabase.user(),
            "--db-password-file", password.toString()};
    }

    /**
     * Every file of the store's document folders, its glossary and its reference memories (what
     * else the folder keeps — accounts, the memory's index — does not move).
     */
    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(file -> moves(root, root.relativize(file))).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static boolean moves(Path root, Path file) {
        String top = file.getName(0).toString();
        return Files.isRegularFile(root.resolve(top).resolve("source.json")) || top.equals("glossary.json") || top.equals("_memories");
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(actual.get(name), StandardCharsets.UTF_8), name));
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private void assertRoundTripIsByteIdentical(Path store) throws IOException {
        CliTest.Result in = CliTest.run(db("import", store));
        assertEquals(0, in.code(), in.err());
        Path exported = folder.resolve("exported");
        CliTest.Result out = CliTest.run(db("export", exported));
        assertEquals(0, out.code(), out.err());
        assertSameFiles(tree(store), tree(exported));
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
    void aStoreWithAGlossaryReferenceMemoriesAndIgnoredFindingsComesBackByteForByte() throws IOException {
        Path store = folder.resolve("translations");
        Workbench workbench = TestWorkbench.withSeed(store);
        String unit = workbench.translations().translation("seed", FRENCH).units().get(0).id();
        workbench.translations().save("seed", FRENCH, new UnitEdit(unit, 0, "Un 2.", Status.TRANSLATED, "Ana", null));
        workbench.glossaries().add(LanguageTag.of("en"), FRENCH, "workbench", "atelier", "noun", "« pas établi »", TermStatus.PREFERRED, null);
        workbench.memory().addReference(TestWorkbench.fixture("okapi-rainbow.tmx"), 3, null, null);
        workbench.quality().ignore("seed", FRENCH, unit, "number|2", "The 2 is on the sign", "Rita");
        workbench.close();
        assertTrue(Files.exists(store.resolve("glossary.json")));
        assertTrue(Files.exists(store.resolve("_memories/okapi-rainbow.tmx")));
        assertTrue(Files.exists(store.resolve("seed/fr.qa.json")));

        assertRoundTripIsByteIdentical(store);
        assertTrue(tree(store).keySet().containsAll(List.of("glossary.json", "_memories/memories.json", "_memories/okapi-rainbow.tmx",
                "seed/fr.qa.json")), "the round trip compared them: " + tree(store).keySet());
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
                database.get().url() + "?user=tandem&password=secret");

        CliTest.assertOneLineError(refused);
        assertTrue(refused.err().contains("must not carry the password"), refused.err());
    }

    private String[] rules(Path file) throws IOException {
        List<String> args = new ArrayList<>(List.of(db("rules", folder)));
        if (file == null) {
            args.remove(2);
        } else {
            args.set(2, file.toString());
        }
        return args.toArray(String[]::new);
    }

    @Test
    void theTeamsSegmentationRulesAreCheckedStoredPrintedAndExported() throws IOException {
        Path srx = TestWorkbench.fixture("semicolon-breaks.srx");
        String text = Files.readString(srx, StandardCharsets.UTF_8);
        CliTest.Result stored = CliTest.run(rules(srx));
        assertEquals(0, stored.code(), stored.err());
        assertEquals(text, CliTest.run(rules(null)).out());

        Path broken = folder.resolve("broken.srx");
        Files.writeString(broken, "<srx version=\"2.0\"><body>", StandardCharsets.UTF_8);
        CliTest.assertOneLineError(CliTest.run(rules(broken)));
        assertEquals(text, CliTest.run(rules(null)).out(), "refused rules change nothing");

        Path exported = folder.resolve("exported");
        CliTest.Result out = CliTest.run(db("export", exported));
        assertEquals(0, out.code(), out.err());
        assertEquals(text, Files.readString(exported.resolve("segmentation.srx"), StandardCharsets.UTF_8));
    }
}
