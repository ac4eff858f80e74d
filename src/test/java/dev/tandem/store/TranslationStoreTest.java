package dev.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Origin;
import dev.tandem.model.Segment;
import dev.tandem.model.SourceHash;
import dev.tandem.model.StaleSaveException;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationStoreTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private TranslationStore store() {
        return new TranslationStore(root, JsonMapperFactory.create(), new AtomicFileWriter(), CLOCK);
    }

    static Document document(String id, String... sentences) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(sentences[i]);
            segments.add(new Segment("s" + SourceHash.of(sentences[i]).substring(0, 10), 0, sentences[i], start, text.length()));
        }
        Block block = new Block(0, BlockType.PARAGRAPH, text.toString(), 0, text.length());
        return new Document(id, "Title", "en", new Origin("a.txt", "text/plain", "abc", CLOCK.instant()),
                List.of(block), segments);
    }

    @Test
    void savedTranslationIsReadBackByAFreshStore() {
        TranslationStore store = store();
        Document document = document("doc", "One.", "Two.");
        store.importDocument(document);
        String unitId = store.translation("doc", FRENCH).units().get(1).id();
        Unit saved = store.save("doc", FRENCH, new UnitEdit(unitId, 0, "Deux.", Status.TRANSLATED, "Ana", null));

        Unit reread = store().translation("doc", FRENCH).unit(unitId).orElseThrow();
        assertEquals(saved, reread);
        assertEquals(1, reread.rev());
        assertEquals("Ana", reread.by());
        assertEquals(SourceHash.of("Two."), reread.sourceHash());
    }

    @Test
    void staleSaveIsRefusedWithCurrentValue() {
        TranslationStore store = store();
        store.importDocument(document("doc", "One."));
        String unitId = store.translation("doc", FRENCH).units().get(0).id();
        store.save("doc", FRENCH, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));

        StaleSaveException stale = assertThrows(StaleSaveException.class,
                () -> store.save("doc", FRENCH, new UnitEdit(unitId, 0, "Une.", Status.TRANSLATED, "Ben", null)));
        assertEquals("Un.", stale.current().target());
        assertEquals(1, stale.current().rev());
        assertEquals("Un.", store.translation("doc", FRENCH).units().get(0).target());
    }

    @Test
    void concurrentSavesFromTwentyThreadsLoseNothing() throws Exception {
        TranslationStore store = store();
        store.importDocument(document("doc", "One.", "Two.", "Three."));
        List<String> unitIds = store.translation("doc", FRENCH).units().stream().map(Unit::id).toList();
        int threads = 20;
        int attemptsPerThread = 15;
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<String> acceptedTargets = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < attemptsPerThread; i++) {
                    String unitId = unitIds.get((thread + i) % unitIds.size());
                    long base = store.translation("doc", FRENCH).unit(unitId).orElseThrow().rev();
                    String target = "t" + thread + "-" + i;
                    try {
                        store.save("doc", FRENCH, new UnitEdit(unitId, base, target, Status.TRANSLATED, "t" + thread, null));
                        accepted.incrementAndGet();
                        acceptedTargets.add(unitId + "=" + target);
                    } catch (StaleSaveException e) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(threads * attemptsPerThread, accepted.get() + conflicts.get());
        Translation onDisk = store().translation("doc", FRENCH);
        long revisions = onDisk.units().stream().mapToLong(Unit::rev).sum();
        assertEquals(accepted.get(), revisions, "every accepted save is one revision, none overwritten");
        for (Unit unit : onDisk.units()) {
            int earlier = store().history("doc", FRENCH, unit.id()).size();
            assertEquals(unit.rev() - 1, earlier, "each accepted save of " + unit.id() + " left its predecessor in history");
            assertTrue(acceptedTargets.contains(unit.id() + "=" + unit.target()));
        }
    }

    @Test
    void failureBetweenWriteAndRenameLeavesTheOldFile() throws IOException {
        TranslationStore store = store();
        store.importDocument(document("doc", "One."));
        String unitId = store.translation("doc", FRENCH).units().get(0).id();
        store.save("doc", FRENCH, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));
        Path file = root.resolve("doc/fr.json");
        String before = Files.readString(file);

        TranslationStore crashing = new TranslationStore(root, JsonMapperFactory.create(),
                new AtomicFileWriter((from, to) -> {
                    throw new IOException("disk yanked out between write and rename");
                }), CLOCK);
        assertThrows(RuntimeException.class,
                () -> crashing.save("doc", FRENCH, new UnitEdit(unitId, 1, "Une.", Status.TRANSLATED, "Ben", null)));

        assertEquals(before, Files.readString(file));
        try (Stream<Path> files = Files.list(root.resolve("doc"))) {
            assertTrue(files.noneMatch(path -> path.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
        assertEquals("Un.", store().translation("doc", FRENCH).units().get(0).target());
    }

    @Test
    void filesArePrettyStableUtf8WithOneTrailingNewline() throws IOException {
        TranslationStore store = store();
        store.importDocument(document("doc", "Été à Paris."));
        String unitId = store.translation("doc", FRENCH).units().get(0).id();
        store.save("doc", FRENCH, new UnitEdit(unitId, 0, "L’été — 夏", Status.TRANSLATED, "Ana", null));
        String json = Files.readString(root.resolve("doc/fr.json"), StandardCharsets.UTF_8);

        assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
        assertTrue(json.contains("\"target\": \"L’été — 夏\""), json);
        assertTrue(json.indexOf("\"id\"") < json.indexOf("\"sources\"") && json.indexOf("\"sources\"") < json.indexOf("\"target\"")
                && json.indexOf("\"target\"") < json.indexOf("\"status\"") && json.indexOf("\"status\"") < json.indexOf("\"rev\""));
        assertTrue(json.contains("\"status\": \"translated\""));
        assertTrue(json.contains("\"updated\": \"2026-11-26T10:00:00Z\""));

        store.save("doc", FRENCH, new UnitEdit(unitId, 1, "L’été — 夏", Status.TRANSLATED, "Ana", null));
        String again = Files.readString(root.resolve("doc/fr.json"), StandardCharsets.UTF_8);
        assertEquals(json.replace("\"rev\": 1", "\"rev\": 2"), again, "the same content is written the same way");
    }

    @Test
    void reimportKeepsUnchangedTranslationsAndFlagsChangedSources() {
        TranslationStore store = store();
        store.importDocument(document("doc", "One.", "Two.", "Three."));
        List<Unit> units = store.translation("doc", FRENCH).units();
        for (int i = 0; i < units.size(); i++) {
            store.save("doc", FRENCH, new UnitEdit(units.get(i).id(), 0, "fr" + i, Status.REVIEWED, "Ana", null));
        }

        Document changed = document("doc", "New first.", "One.", "Two, changed.", "Three.");
        store.importDocument(changed);
        List<Unit> after = store().translation("doc", FRENCH).units();

        assertEquals(4, after.size());
        assertEquals("", after.get(0).target(), "a new sentence starts untranslated");
        assertEquals("fr0", after.get(1).target());
        assertFalse(after.get(1).sourceChanged(SourceHash.of("One.")));
        assertEquals("fr1", after.get(2).target(), "the changed sentence keeps its old translation");
        assertTrue(after.get(2).sourceChanged(SourceHash.of("Two, changed.")), "and is flagged as source changed");
        assertEquals("fr2", after.get(3).target());
        assertEquals(Status.REVIEWED, after.get(3).status());
        assertEquals(changed.segments().get(3).id(), after.get(3).id());
    }

    @Test
    void targetsReplacedByAWholeTranslationChangeStayInHistory() {
        TranslationStore store = store();
        store.importDocument(document("doc", "One.", "Two."));
        String unitId = store.translation("doc", FRENCH).units().get(0).id();
        store.save("doc", FRENCH, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));

        store.update("doc", FRENCH, translation -> new Translation(translation.document(), translation.language(),
                translation.units().stream().map(unit -> new Unit(unit.id(), unit.sources(), "Imported " + unit.id(),
                        Status.REVIEWED, unit.rev() + 1, CLOCK.instant(), "import", unit.sourceHash(), null)).toList()));

        List<dev.tandem.model.HistoryEntry> history = store().history("doc", FRENCH, unitId);
        assertEquals(1, history.size());
        assertEquals("Un.", history.get(0).target());
        assertEquals("Ana", history.get(0).by());
        String second = store.translation("doc", FRENCH).units().get(1).id();
        assertTrue(store().history("doc", FRENCH, second).isEmpty(), "an empty target is not history");
    }

    @Test
    void reimportOfALongArticleWithOneChangedSentenceKeepsEveryOtherTranslation() {
        TranslationStore store = store();
        String[] sentences = new String[3000];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = "Sentence number " + i + ".";
        }
        store.importDocument(document("doc", sentences));
        store.update("doc", FRENCH, translation -> new Translation(translation.document(), translation.language(),
                translation.units().stream().map(unit -> new Unit(unit.id(), unit.sources(), "fr " + unit.id(),
                        Status.TRANSLATED, 1, CLOCK.instant(), "Ana", null, null)).toList()));
        List<Unit> before = store.translation("doc", FRENCH).units();

        sentences[1500] = "A rewritten sentence.";
        store.importDocument(document("doc", sentences));
        List<Unit> after = store().translation("doc", FRENCH).units();

        assertEquals(3000, after.size());
        for (int i = 0; i < 3000; i++) {
            assertEquals(before.get(i).target(), after.get(i).target(), "unit " + i);
        }
        assertFalse(after.get(1500).id().equals(before.get(1500).id()), "the rewritten sentence has a new id");
        assertEquals(before.get(1499).id(), after.get(1499).id());
        assertEquals(before.get(1501).id(), after.get(1501).id());
    }

    @Test
    void traversalIdsNeverReachTheFileSystem() {
        TranslationStore store = store();
        for (String id : List.of("../x", "..", "a/b", "A", "", "a..b", "/etc")) {
            assertThrows(TandemException.class, () -> store.translation(id, FRENCH), id);
        }
        assertFalse(Files.exists(root.resolveSibling("x")));
    }

    @Test
    void historyGrowsByAppendingOneLinePerReplacedTarget() throws IOException {
        TranslationStore store = store();
        store.importDocument(document("doc", "One."));
        String unitId = store.translation("doc", FRENCH).units().get(0).id();
        store.save("doc", FRENCH, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));
        store.save("doc", FRENCH, new UnitEdit(unitId, 1, "Une.", Status.TRANSLATED, "Ben", null));
        Path log = root.resolve("doc/fr.history.jsonl");
        String before = Files.readString(log);

        store.save("doc", FRENCH, new UnitEdit(unitId, 2, "Un seul.", Status.REVIEWED, "Cleo", null));

        String after = Files.readString(log);
        assertTrue(after.startsWith(before), "earlier lines are never rewritten");
        assertEquals(2, after.lines().count());
        assertEquals(List.of("Un.", "Une."), store().history("doc", FRENCH, unitId).stream()
                .map(dev.tandem.model.HistoryEntry::target).toList());
    }

    @Test
    void aSaveInterruptedAfterItsHistoryEntryShowsThatEntryOnceWhenRetried() {
        TranslationStore store = store();
        store.importDocument(document("doc", "One."));
        String unitId = store.translation("doc", FRENCH).units().get(0).id();
        store.save("doc", FRENCH, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));
        TranslationStore crashing = new TranslationStore(root, JsonMapperFactory.create(),
                new AtomicFileWriter((from, to) -> {
                    throw new IOException("crash between the history and the translation");
                }), CLOCK);
        assertThrows(RuntimeException.class,
                () -> crashing.save("doc", FRENCH, new UnitEdit(unitId, 1, "Une.", Status.TRANSLATED, "Ben", null)));

        TranslationStore restarted = store();
        restarted.save("doc", FRENCH, new UnitEdit(unitId, 1, "Une.", Status.TRANSLATED, "Ben", null));

        List<dev.tandem.model.HistoryEntry> history = store().history("doc", FRENCH, unitId);
        assertEquals(1, history.size(), "one entry for revision 1, however often its save was tried");
        assertEquals("Un.", history.get(0).target());
    }

    @Test
    void historyInTheEarlierSingleFileFormatStaysReadableAndIsMigratedOnTheFirstSave() throws IOException {
        TranslationStore store = store();
        store.importDocument(document("doc", "One."));
        String unitId = store.translation("doc", FRENCH).units().get(0).id();
        store.update("doc", FRENCH, translation -> new Translation(translation.document(), translation.language(),
                List.of(new Unit(unitId, List.of(unitId), "Un.", Status.TRANSLATED, 2, CLOCK.instant(), "Ana", null, null))));
        Files.writeString(root.resolve("doc/fr.history.json"), """
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

        assertEquals("Premier.", store().history("doc", FRENCH, unitId).get(0).target(), "the old file is read as it is");

        TranslationStore reopened = store();
        reopened.save("doc", FRENCH, new UnitEdit(unitId, 2, "Deuxième.", Status.TRANSLATED, "Ana", null));

        assertFalse(Files.exists(root.resolve("doc/fr.history.json")), "migrated: the old file is gone");
        assertEquals(List.of("Premier.", "Un."), store().history("doc", FRENCH, unitId).stream()
                .map(dev.tandem.model.HistoryEntry::target).toList());
    }

    @Test
    void aHistoryLineTornByACrashIsSkippedAndLaterEntriesStillCount() throws IOException {
        TranslationStore store = store();
        store.importDocument(document("doc", "One."));
        String unitId = store.translation("doc", FRENCH).units().get(0).id();
        store.save("doc", FRENCH, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));
        store.save("doc", FRENCH, new UnitEdit(unitId, 1, "Une.", Status.TRANSLATED, "Ben", null));
        Files.writeString(root.resolve("doc/fr.history.jsonl"), "{\"unit\":\"" + unitId + "\",\"rev\":9,\"tar",
                java.nio.file.StandardOpenOption.APPEND);

        TranslationStore reopened = store();
        reopened.save("doc", FRENCH, new UnitEdit(unitId, 2, "Une seule.", Status.TRANSLATED, "Cleo", null));

        assertEquals(List.of("Un.", "Une."), store().history("doc", FRENCH, unitId).stream()
                .map(dev.tandem.model.HistoryEntry::target).toList());
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedWhenTheStoreIsOpened() throws IOException {
        store().importDocument(document("doc", "One."));
        Path leftover = root.resolve("doc/.fr.json8412375.tmp");
        Files.writeString(leftover, "{ half a transla");

        store();

        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(root.resolve("doc/source.json")));
    }
}
