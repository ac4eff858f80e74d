package dev.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Document;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON folder store: the contract, and what only files show (format, journal, history log, crashes). */
class JsonFolderStoreTest extends DocumentStoreContract {

    @TempDir
    Path temp;

    private Path root() {
        return temp.resolve("translations");
    }

    @Override
    public JsonFolderStore openStore() {
        return openStore(new AtomicFileWriter());
    }

    /** A store as {@code serve} holds it: saves go to the journal. */
    private JsonFolderStore serverStore() {
        JsonFolderStore store = openStore();
        store.claim("http://127.0.0.1:7070/");
        return store;
    }

    private JsonFolderStore openStore(AtomicFileWriter writer) {
        return new JsonFolderStore(root(), JsonMapperFactory.create(), writer, CLOCK);
    }

    private static AtomicFileWriter failingRename(String reason) {
        return new AtomicFileWriter((from, to) -> {
            throw new FileSystemException(from.toString(), null, reason);
        });
    }

    private String read(String file) throws IOException {
        return Files.readString(root().resolve(file), StandardCharsets.UTF_8);
    }

    private List<String> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static String[] sentences(int count) {
        String[] sentences = new String[count];
        for (int i = 0; i < count; i++) {
            sentences[i] = "Sentence " + i + ".";
        }
        return sentences;
    }

    @Test
    void filesArePrettyStableUtf8WithOneTrailingNewline() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", "Été à Paris."));
        String unitId = unitId(store, 0);
        save(store, new UnitEdit(unitId, 0, "L’été — 夏", Status.TRANSLATED, "Ana", null));
        store.close();
        String json = read("doc/fr.json");

        assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
        assertTrue(json.contains("\"target\": \"L’été — 夏\""), json);
        assertTrue(json.indexOf("\"id\"") < json.indexOf("\"sources\"") && json.indexOf("\"sources\"") < json.indexOf("\"target\"")
                && json.indexOf("\"target\"") < json.indexOf("\"status\"") && json.indexOf("\"status\"") < json.indexOf("\"rev\""));
        assertTrue(json.contains("\"status\": \"translated\""));
        assertTrue(json.contains("\"updated\": \"2026-11-26T10:00:00Z\""));

        JsonFolderStore again = openStore();
        save(again, new UnitEdit(unitId, 1, "L’été — 夏", Status.TRANSLATED, "Ana", null));
        again.close();
        assertEquals(json.replace("\"rev\": 1", "\"rev\": 2"), read("doc/fr.json"), "the same content is written the same way");
    }

    @Test
    void aStoreFromBeforeInlineCodesIsReadAsItIsAndMarkedWithItsFormatOnItsFirstWrite() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", "One.", "Two."));
        store.close();
        assertTrue(read("store-format.json").contains("\"format\": 2"), read("store-format.json"));
        Files.delete(root().resolve("store-format.json"));
        String source = read("doc/source.json");

        JsonFolderStore older = openStore();
        assertEquals(List.of("One.", "Two."), older.document("doc").orElseThrow().segments().stream().map(s -> s.text()).toList());
        assertFalse(Files.exists(root().resolve("store-format.json")), "reading changes nothing");
        older.addLanguage("doc", FRENCH);
        older.close();
        assertTrue(read("store-format.json").contains("\"format\": 2"), "the first write marks the store");
        assertEquals(source, read("doc/source.json"), "the files themselves need no migration");
    }

    @Test
    void aStoreWrittenByANewerTandemIsRefusedWithAClearMessageInsteadOfBeingReadWithPartsDropped() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", "One."));
        store.close();
        Files.writeString(root().resolve("store-format.json"), "{\"format\": 3}\n", StandardCharsets.UTF_8);

        TandemException refused = assertThrows(TandemException.class, this::openStore);
        assertEquals(TandemException.Kind.UNSUPPORTED, refused.kind());
        assertTrue(refused.getMessage().contains("written by a newer Tandem (store format 3; this Tandem reads formats up to 2)"),
                refused.getMessage());
    }

    @Test
    void aServerSaveAppendsOneLineToTheJournalAndLeavesTheLanguageFileAsItWas() throws IOException {
        JsonFolderStore store = serverStore();
        store.importDocument(document("doc", "One.", "Two."));
        store.addLanguage("doc", FRENCH);
        String file = read("doc/fr.json");

        save(store, new UnitEdit(unitId(store, 1), 0, "Deux.", Status.TRANSLATED, "Ana", null));

        assertEquals(file, read("doc/fr.json"), "the language file is not rewritten by a save");
        assertEquals(1, read("doc/fr.journal.jsonl").lines().count());
        assertEquals("Deux.", openStore().translation("doc", FRENCH).units().get(1).target(), "readers see the journal");
        store.close();
    }

    @Test
    void aCommandLineSaveWritesTheLanguageFileItself() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", "One.", "Two."));

        save(store, new UnitEdit(unitId(store, 1), 0, "Deux.", Status.TRANSLATED, "Ana", null));

        assertTrue(read("doc/fr.json").contains("\"target\": \"Deux.\""));
        assertFalse(files("doc").contains("fr.journal.jsonl"), "a short-lived process leaves no journal behind");
    }

    @Test
    void closingTheServerFoldsTheJournalIntoTheLanguageFile() throws IOException {
        JsonFolderStore store = serverStore();
        store.importDocument(document("doc", "One.", "Two."));
        store.addLanguage("doc", FRENCH);
        save(store, new UnitEdit(unitId(store, 0), 0, "Un.", Status.TRANSLATED, "Ana", null));

        store.close();

        assertFalse(files("doc").contains("fr.journal.jsonl"));
        assertTrue(read("doc/fr.json").contains("\"target\": \"Un.\""));
    }

    @Test
    void aJournalLeftByAServerThatDiedIsFoldedWhenTheStoreIsNextOpened() throws IOException {
        JsonFolderStore server = serverStore();
        server.importDocument(document("doc", "One.", "Two."));
        server.addLanguage("doc", FRENCH);
        save(server, new UnitEdit(unitId(server, 0), 0, "Un.", Status.TRANSLATED, "Ana", null));
        // what the dead server's folder holds, as another machine would find it
        Path copy = Files.createDirectories(temp.resolve("copy/doc"));
        for (String name : files("doc")) {
            Files.copy(root().resolve("doc").resolve(name), copy.resolve(name));
        }
        assertTrue(Files.exists(copy.resolve("fr.journal.jsonl")));

        JsonFolderStore reopened = new JsonFolderStore(copy.getParent(), JsonMapperFactory.create(), new AtomicFileWriter(), CLOCK);

        assertFalse(Files.exists(copy.resolve("fr.journal.jsonl")));
        assertTrue(Files.readString(copy.resolve("fr.json")).contains("\"target\": \"Un.\""));
        assertEquals("Un.", reopened.translation("doc", FRENCH).units().get(0).target());
        server.close();
    }

    @Test
    void aJournalLineTornByACrashIsSkipped() throws IOException {
        JsonFolderStore store = serverStore();
        store.importDocument(document("doc", "One.", "Two."));
        store.addLanguage("doc", FRENCH);
        save(store, new UnitEdit(unitId(store, 0), 0, "Un.", Status.TRANSLATED, "Ana", null));
        Files.writeString(root().resolve("doc/fr.journal.jsonl"), "{\"id\":\"" + unitId(store, 1) + "\",\"sources\":[",
                StandardOpenOption.APPEND);

        List<Unit> units = openStore().translation("doc", FRENCH).units();

        assertEquals("Un.", units.get(0).target());
        assertEquals("", units.get(1).target());
        store.close();
    }

    @Test
    void aChangeOfManyUnitsRewritesTheFileAndStopsBeforeItsRenameLeavingTheOldFile() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", sentences(20)));
        save(store, new UnitEdit(unitId(store, 0), 0, "Un.", Status.TRANSLATED, "Ana", null));
        store.close();
        String before = read("doc/fr.json");

        JsonFolderStore crashing = openStore(failingRename("disk yanked out between write and rename"));
        assertThrows(TandemException.class, () -> replaceAll(crashing,
                unit -> unit.withTarget("Imported").changedBy("import", CLOCK.instant())));

        assertEquals(before, read("doc/fr.json"));
        assertTrue(files("doc").stream().noneMatch(name -> name.endsWith(".tmp")), "no temporary file left behind");
        assertEquals("Un.", openStore().translation("doc", FRENCH).units().get(0).target());
    }

    @Test
    void historyGrowsByAppendingOneLinePerReplacedTarget() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", "One."));
        String unitId = unitId(store, 0);
        save(store, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));
        save(store, new UnitEdit(unitId, 1, "Une.", Status.TRANSLATED, "Ben", null));
        String before = read("doc/fr.history.jsonl");

        save(store, new UnitEdit(unitId, 2, "Un seul.", Status.REVIEWED, "Cleo", null));

        String after = read("doc/fr.history.jsonl");
        assertTrue(after.startsWith(before), "earlier lines are never rewritten");
        assertEquals(2, after.lines().count());
    }

    @Test
    void aChangeInterruptedAfterItsHistoryEntriesShowsThemOnceWhenRetried() {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", sentences(20)));
        String unitId = unitId(store, 0);
        save(store, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));
        JsonFolderStore crashing = openStore(failingRename("crash between the history and the translation"));
        assertThrows(TandemException.class, () -> replaceAll(crashing,
                unit -> unit.withTarget("Imported").changedBy("import", CLOCK.instant())));

        replaceAll(openStore(), unit -> unit.withTarget("Imported").changedBy("import", CLOCK.instant()));

        assertEquals(List.of("Un."), historyTargets(openStore(), unitId), "one entry for revision 1, however often it was tried");
    }

    @Test
    void historyInTheEarlierSingleFileFormatStaysReadableAndIsMigratedOnTheFirstSave() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", "One."));
        String unitId = unitId(store, 0);
        replaceAll(store, unit -> new Unit(unitId, List.of(unitId), "Un.", Status.TRANSLATED, 2, CLOCK.instant(), "Ana", null, null));
        store.close();
        Files.writeString(root().resolve("doc/fr.history.json"), """
                {
                  "units": {
                    "%s": [
                      {
                        "rev": 1,
                        "target": "Premier.",
                        "status": "translated",
                        "by": "Old",
                        "updated": "2026-01-01T00:00:00Z"
                      }
                    ]
                  }
                }
                """.formatted(unitId));

        assertEquals(List.of("Premier."), historyTargets(openStore(), unitId), "the old file is read as it is");

        save(openStore(), new UnitEdit(unitId, 2, "Deuxième.", Status.TRANSLATED, "Ana", null));

        assertFalse(files("doc").contains("fr.history.json"), "migrated: the old file is gone");
        assertEquals(List.of("Premier.", "Un."), historyTargets(openStore(), unitId));
    }

    @Test
    void aHistoryLineTornByACrashIsSkippedAndLaterEntriesStillCount() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", "One."));
        String unitId = unitId(store, 0);
        save(store, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));
        save(store, new UnitEdit(unitId, 1, "Une.", Status.TRANSLATED, "Ben", null));
        Files.writeString(root().resolve("doc/fr.history.jsonl"), "{\"unit\":\"" + unitId + "\",\"rev\":9,\"tar",
                StandardOpenOption.APPEND);

        save(openStore(), new UnitEdit(unitId, 2, "Une seule.", Status.TRANSLATED, "Cleo", null));

        assertEquals(List.of("Un.", "Une."), historyTargets(openStore(), unitId));
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedWhenTheStoreIsOpened() throws IOException {
        openStore().importDocument(document("doc", "One."));
        Path leftover = root().resolve("doc/.fr.json8412375.tmp");
        Files.writeString(leftover, "{ half a transla");

        openStore();

        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(root().resolve("doc/source.json")));
    }

    @Test
    void aReimportStoppedAfterItsCommitRecordIsCompletedWhenTheStoreIsOpened() throws IOException {
        JsonFolderStore store = openStore();
        store.importDocument(document("doc", "One.", "Two."));
        save(store, new UnitEdit(unitId(store, 1), 0, "Deux.", Status.TRANSLATED, "Ana", null));
        store.close();
        int[] renames = {0};
        JsonFolderStore crashing = openStore(new AtomicFileWriter((from, to) -> {
            if (renames[0]++ > 0) { // the commit record's own rename goes through; the first file's does not
                throw new IOException("killed after the commit record");
            }
            Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }));
        Document changed = document("doc", "Zero.", "One.", "Two.");
        assertThrows(TandemException.class, () -> crashing.importDocument(changed));
        assertTrue(files("doc").contains(StoreCommit.RECORD), "the change was decided but not done");

        JsonFolderStore reopened = openStore();

        assertEquals(changed, reopened.requireDocument("doc"));
        assertEquals(List.of("", "", "Deux."), reopened.translation("doc", FRENCH).units().stream().map(Unit::target).toList());
        assertFalse(files("doc").contains(StoreCommit.RECORD));
        assertTrue(files("doc").stream().noneMatch(name -> name.endsWith(".tmp")));
    }

    @Test
    void aReimportStoppedBeforeItsCommitRecordChangesNothing() throws IOException {
        JsonFolderStore store = openStore();
        Document original = document("doc", "One.", "Two.");
        store.importDocument(original);
        save(store, new UnitEdit(unitId(store, 1), 0, "Deux.", Status.TRANSLATED, "Ana", null));
        store.close();
        String translation = read("doc/fr.json");

        assertThrows(TandemException.class, () -> openStore(failingRename("killed before the commit record"))
                .importDocument(document("doc", "Zero.", "One.", "Two.")));

        JsonFolderStore reopened = openStore();
        assertEquals(original, reopened.requireDocument("doc"));
        assertEquals(translation, read("doc/fr.json"));
        assertEquals(List.of("fr.json", "source.json"), files("doc"), "no temporary file, no commit record");
    }

    @Test
    void aFullDiskGivesAClearErrorAndLeavesNoEmptyDocumentFolder() {
        JsonFolderStore store = openStore(failingRename("No space left on device"));

        TandemException refused = assertThrows(TandemException.class, () -> store.importDocument(document("doc", "One.")));

        assertEquals(TandemException.Kind.STORAGE, refused.kind());
        assertTrue(refused.getMessage().contains("No space left on device"), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("cannot write "), refused.getMessage());
        assertFalse(Files.exists(root().resolve("doc")), "no empty document folder");
        assertTrue(openStore().documents().isEmpty());
    }

    @Test
    void traversalIdsNeverReachTheFileSystem() throws IOException {
        openStore().importDocument(document("doc", "One."));
        Path outside = Files.createDirectories(temp.resolve("x"));
        Files.copy(root().resolve("doc/source.json"), outside.resolve("source.json"));

        JsonFolderStore store = openStore();
        for (String id : List.of("../x", "x/../../x")) {
            TandemException refused = assertThrows(TandemException.class, () -> store.translation(id, FRENCH), id);
            assertEquals(TandemException.Kind.BAD_INPUT, refused.kind(), id);
            assertThrows(TandemException.class, () -> store.importDocument(document(id, "One.")), id);
        }
        assertEquals(List.of("source.json"), Files.list(outside).map(path -> path.getFileName().toString()).toList(),
                "nothing was written next to the store");
    }
}
