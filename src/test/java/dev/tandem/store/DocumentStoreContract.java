package dev.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.Block;
import dev.tandem.model.BlockType;
import dev.tandem.model.Changed;
import dev.tandem.model.Document;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.InlineCode;
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
import dev.tandem.model.UnitMerge;
import dev.tandem.model.UnitSplit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentStore} does, whatever keeps its data: each implementation's test
 * extends this class and says how to open a store over its (per-test, empty) data.
 */
public abstract class DocumentStoreContract implements KeptFilesContract {

    protected static final LanguageTag FRENCH = LanguageTag.of("fr");
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    /** A store over this test's data; a second call is a second store (as after a restart) over the same data. */
    @Override
    public abstract DocumentStore openStore();

    public static Document document(String id, String... sentences) {
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

    protected static Unit save(DocumentStore store, UnitEdit edit) {
        return store.change("doc", FRENCH, (document, current) -> current.save(document, edit, CLOCK.instant()));
    }

    /** A change of the whole translation, as an import or an alignment makes one. */
    protected static Translation replaceAll(DocumentStore store, UnaryOperator<Unit> change) {
        return store.change("doc", FRENCH, (document, current) -> {
            Translation after = current.withUnits(current.units().stream().map(change).toList());
            return new Changed<>(after, after);
        });
    }

    protected static String unitId(DocumentStore store, int index) {
        return store.translation("doc", FRENCH).units().get(index).id();
    }

    protected static List<String> historyTargets(DocumentStore store, String unitId) {
        return store.history("doc", FRENCH, unitId).stream().map(HistoryEntry::target).toList();
    }

    @Test
    void savedTranslationIsReadBackByAFreshStore() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One.", "Two."));
        Unit saved = save(store, new UnitEdit(unitId(store, 1), 0, "Deux.", Status.TRANSLATED, "Ana", null));

        Unit reread = openStore().translation("doc", FRENCH).units().get(1);
        assertEquals(saved, reread);
        assertEquals(1, reread.rev());
        assertEquals("Ana", reread.by());
        assertEquals(SourceHash.of("Two."), reread.sourceHash());
    }

    @Test
    void staleSaveIsRefusedWithCurrentValue() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One."));
        String unitId = unitId(store, 0);
        save(store, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));

        StaleSaveException stale = assertThrows(StaleSaveException.class,
                () -> save(store, new UnitEdit(unitId, 0, "Une.", Status.TRANSLATED, "Ben", null)));
        assertEquals("Un.", stale.current().target());
        assertEquals(1, stale.current().rev());
        assertEquals("Un.", openStore().translation("doc", FRENCH).units().get(0).target());
    }

    @Test
    void concurrentSavesFromTwentyThreadsLoseNothing() throws Exception {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One.", "Two.", "Three."));
        List<String> unitIds = store.translation("doc", FRENCH).units().stream().map(Unit::id).toList();
        int threads = 20;
        int attemptsPerThread = 15;
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<String> acceptedTargets = Collections.synchronizedList(new ArrayList<>());
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
                        save(store, new UnitEdit(unitId, base, target, Status.TRANSLATED, "t" + thread, null));
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
        DocumentStore reopened = openStore();
        Translation stored = reopened.translation("doc", FRENCH);
        assertEquals(accepted.get(), stored.units().stream().mapToLong(Unit::rev).sum(),
                "every accepted save is one revision, none overwritten");
        for (Unit unit : stored.units()) {
            assertEquals(unit.rev() - 1, reopened.history("doc", FRENCH, unit.id()).size(),
                    "each accepted save of " + unit.id() + " left its predecessor in history");
            assertTrue(acceptedTargets.contains(unit.id() + "=" + unit.target()));
        }
    }

    @Test
    void reimportKeepsUnchangedTranslationsAndFlagsChangedSources() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One.", "Two.", "Three."));
        for (int i = 0; i < 3; i++) {
            save(store, new UnitEdit(unitId(store, i), 0, "fr" + i, Status.REVIEWED, "Ana", null));
        }

        Document changed = document("doc", "New first.", "One.", "Two, changed.", "Three.");
        store.importDocument(changed);
        List<Unit> after = openStore().translation("doc", FRENCH).units();

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
    void reimportOfALongArticleWithOneChangedSentenceKeepsEveryOtherTranslation() {
        DocumentStore store = openStore();
        String[] sentences = new String[3000];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = "Sentence number " + i + ".";
        }
        store.importDocument(document("doc", sentences));
        replaceAll(store, unit -> unit.withTarget("fr " + unit.id()).withStatus(Status.TRANSLATED).changedBy("Ana", CLOCK.instant()));
        List<Unit> before = store.translation("doc", FRENCH).units();

        sentences[1500] = "A rewritten sentence.";
        store.importDocument(document("doc", sentences));
        List<Unit> after = openStore().translation("doc", FRENCH).units();

        assertEquals(3000, after.size());
        for (int i = 0; i < 3000; i++) {
            assertEquals(before.get(i).target(), after.get(i).target(), "unit " + i);
        }
        assertFalse(after.get(1500).id().equals(before.get(1500).id()), "the rewritten sentence has a new id");
        assertEquals(before.get(1499).id(), after.get(1499).id());
        assertEquals(before.get(1501).id(), after.get(1501).id());
    }

    @Test
    void targetsReplacedByAWholeTranslationChangeStayInHistory() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One.", "Two."));
        String unitId = unitId(store, 0);
        save(store, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));

        replaceAll(store, unit -> unit.withTarget("Imported " + unit.id()).withStatus(Status.REVIEWED).changedBy("import", CLOCK.instant()));

        List<HistoryEntry> history = openStore().history("doc", FRENCH, unitId);
        assertEquals(1, history.size());
        assertEquals("Un.", history.get(0).target());
        assertEquals("Ana", history.get(0).by());
        assertTrue(openStore().history("doc", FRENCH, unitId(store, 1)).isEmpty(), "an empty target is not history");
    }

    @Test
    void inlineCodesOfSourceTargetAndHistoryAreReadBackByAFreshStore() {
        DocumentStore store = openStore();
        Document plain = document("doc", "Read the plan.");
        Segment sentence = plain.segments().get(0);
        List<InlineCode> link = List.of(new InlineCode("1", InlineCode.Kind.OPEN, 9, InlineCode.LINK, "<a href=\"https://example.org/\">"),
                new InlineCode("1", InlineCode.Kind.CLOSE, 13, InlineCode.LINK, "</a>"));
        store.importDocument(new Document("doc", plain.title(), "en", plain.origin(), plain.blocks(), List.of(new Segment(sentence.id(),
                0, sentence.text(), sentence.start(), sentence.end(), link))));
        String unitId = unitId(store, 0);
        List<InlineCode> first = List.of(link.get(0).at(9), link.get(1).at(13));
        save(store, new UnitEdit(unitId, 0, "Lisez le plan.", Status.TRANSLATED, "Ana", null, first));
        save(store, new UnitEdit(unitId, 1, "Lisez ce plan-ci.", Status.TRANSLATED, "Ben", null, List.of(link.get(0).at(6), link.get(1).at(16))));

        DocumentStore fresh = openStore();
        assertEquals(link, fresh.document("doc").orElseThrow().segments().get(0).codes());
        assertEquals(List.of(6, 16), fresh.translation("doc", FRENCH).units().get(0).codes().stream().map(InlineCode::at).toList());
        assertEquals(first, fresh.history("doc", FRENCH, unitId).get(0).codes());
    }

    @Test
    void historyHoldsEveryReplacedTargetOldestFirst() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One."));
        String unitId = unitId(store, 0);
        save(store, new UnitEdit(unitId, 0, "Un.", Status.TRANSLATED, "Ana", null));
        save(store, new UnitEdit(unitId, 1, "Une.", Status.TRANSLATED, "Ben", null));
        save(store, new UnitEdit(unitId, 2, "Un seul.", Status.REVIEWED, "Cleo", null));

        assertEquals(List.of("Un.", "Une."), historyTargets(openStore(), unitId));
        assertEquals(List.of(1L, 2L), openStore().history("doc", FRENCH, unitId).stream().map(HistoryEntry::rev).toList());
    }

    @Test
    void mergeAndSplitThroughOneChangeKeepTheTranslationAndItsRevisions() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One.", "Two."));
        String first = unitId(store, 0);
        String second = unitId(store, 1);
        save(store, new UnitEdit(first, 0, "Un.", Status.TRANSLATED, "Ana", null));
        save(store, new UnitEdit(second, 0, "Deux.", Status.TRANSLATED, "Ana", null));

        Unit merged = store.change("doc", FRENCH, (document, current) ->
                current.merge(document, new UnitMerge(first, 1, 1, "Ben"), CLOCK.instant()));
        assertEquals("Un. Deux.", merged.target());
        assertEquals(List.of(first, second), openStore().translation("doc", FRENCH).units().get(0).sources());

        List<Unit> parts = store.change("doc", FRENCH, (document, current) ->
                current.split(document, new UnitSplit(first, merged.rev(), "Ben"), CLOCK.instant()));
        List<Unit> stored = openStore().translation("doc", FRENCH).units();
        assertEquals(parts, stored);
        assertEquals("Un. Deux.", stored.get(0).target(), "a split keeps the merged target on the first sentence");
        assertEquals(List.of("Un."), historyTargets(openStore(), first));
        assertEquals(List.of("Deux."), historyTargets(openStore(), second));
    }

    @Test
    void aMergeBasedOnAnOldRevisionOfTheNextUnitChangesNothing() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One.", "Two."));
        String first = unitId(store, 0);
        save(store, new UnitEdit(unitId(store, 1), 0, "Deux.", Status.TRANSLATED, "Ana", null));

        StaleSaveException stale = assertThrows(StaleSaveException.class, () -> store.change("doc", FRENCH,
                (document, current) -> current.merge(document, new UnitMerge(first, 0, 0, "Ben"), CLOCK.instant())));

        assertEquals("Deux.", stale.current().target());
        assertEquals(2, openStore().translation("doc", FRENCH).units().size());
    }

    @Test
    void textWithALoneSurrogateIsRefusedAndNothingIsStored() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One."));
        String unitId = unitId(store, 0);

        TandemException refused = assertThrows(TandemException.class,
                () -> save(store, new UnitEdit(unitId, 0, "x\ud800y", Status.TRANSLATED, "Ana", null)));

        assertEquals(TandemException.Kind.BAD_INPUT, refused.kind());
        assertTrue(refused.getMessage().contains("unpaired surrogate"), refused.getMessage());
        Unit stored = openStore().translation("doc", FRENCH).units().get(0);
        assertEquals("", stored.target());
        assertEquals(0, stored.rev());
        save(store, new UnitEdit(unitId, 0, "Un 😀.", Status.TRANSLATED, "Ana", null));
        assertEquals("Un 😀.", openStore().translation("doc", FRENCH).units().get(0).target(), "a pair is fine");
    }

    @Test
    void traversalIdsAreRefusedAsInvalidIds() {
        DocumentStore store = openStore();
        for (String id : List.of("../x", "..", "a/b", "A", "", "a..b", "/etc")) {
            TandemException refused = assertThrows(TandemException.class, () -> store.translation(id, FRENCH), id);
            assertEquals(TandemException.Kind.BAD_INPUT, refused.kind(), id);
            assertTrue(refused.getMessage().startsWith("invalid document id"), refused.getMessage());
        }
    }

    @Test
    void aDeletedDocumentIsGoneWithItsTranslations() {
        DocumentStore store = openStore();
        store.importDocument(document("doc", "One."));
        save(store, new UnitEdit(unitId(store, 0), 0, "Un.", Status.TRANSLATED, "Ana", null));

        store.deleteDocument("doc");

        assertTrue(openStore().document("doc").isEmpty());
        assertTrue(openStore().documents().isEmpty());
        store.importDocument(document("doc", "One."));
        assertEquals("", openStore().translation("doc", FRENCH).units().get(0).target(), "a new import starts afresh");
    }

    @Test
    void theLanguagesOfEveryDocumentAtOnceAreThoseOfEachDocumentInTheSameOrder() {
        DocumentStore store = openStore();
        store.importDocument(document("one", "One."));
        store.importDocument(document("two", "Two."));
        store.importDocument(document("none", "Nothing yet."));
        for (String tag : List.of("fr", "fr-CA", "de")) {
            store.change("one", LanguageTag.of(tag), (document, current) -> current.save(document,
                    new UnitEdit(current.units().get(0).id(), 0, "x", Status.TRANSLATED, "Ana", null), CLOCK.instant()));
        }
        store.change("two", LanguageTag.of("ja"), (document, current) -> current.save(document,
                new UnitEdit(current.units().get(0).id(), 0, "二", Status.TRANSLATED, "Ana", null), CLOCK.instant()));

        var everyDocument = openStore().languagesOfEveryDocument();
        for (String id : List.of("one", "two", "none")) {
            assertEquals(store.languages(id), everyDocument.getOrDefault(id, List.of()), id);
        }
        assertEquals(List.of("de", "fr-CA", "fr"), everyDocument.get("one").stream().map(LanguageTag::tag).toList());
    }

    /**
     * A server's store lists documents and languages many times between changes (every save's
     * checks do), and may keep the listing: each of its own changes must still show at once.
     */
    @Test
    void aServersListingOfDocumentsAndLanguagesFollowsEachOfItsChanges() {
        DocumentStore store = openStore();
        store.claim("http://127.0.0.1:7070/");
        store.importDocument(document("doc", "One."));
        assertEquals(List.of(), everyDocumentsLanguages(store, "doc"), "nothing stored yet");
        assertEquals(List.of(), store.languages("doc"));

        save(store, new UnitEdit(unitId(store, 0), 0, "Un.", Status.TRANSLATED, "Ana", null));
        store.addLanguage("doc", LanguageTag.of("de"));
        assertEquals(List.of("de", "fr"), everyDocumentsLanguages(store, "doc"));
        assertEquals(List.of("de", "fr"), store.languages("doc").stream().map(LanguageTag::tag).toList());

        store.removeLanguage("doc", FRENCH);
        assertEquals(List.of("de"), everyDocumentsLanguages(store, "doc"));
        assertEquals(List.of("de"), store.languages("doc").stream().map(LanguageTag::tag).toList());

        store.importDocument(document("other", "Two."));
        assertEquals(List.of("doc", "other"), store.documents().stream().map(Document::id).toList());
        store.deleteDocument("doc");
        assertEquals(List.of("other"), store.documents().stream().map(Document::id).toList());
        assertEquals(List.of(), everyDocumentsLanguages(store, "doc"));
        assertEquals(List.of(), store.languages("doc"));
    }

    private static List<String> everyDocumentsLanguages(DocumentStore store, String documentId) {
        return store.languagesOfEveryDocument().getOrDefault(documentId, List.of()).stream().map(LanguageTag::tag).toList();
    }

    /** A translation read, then changed, is read as changed (a server may keep what it read). */
    @Test
    void aTranslationReadBeforeAChangeIsReadAsChangedAfterIt() {
        DocumentStore store = openStore();
        store.claim("http://127.0.0.1:7070/");
        store.importDocument(document("doc", "One.", "Two."));
        String first = unitId(store, 0);
        save(store, new UnitEdit(first, 0, "Un.", Status.TRANSLATED, "Ana", null));
        assertEquals("Un.", store.translation("doc", FRENCH).units().get(0).target());

        save(store, new UnitEdit(first, 1, "Une.", Status.TRANSLATED, "Ana", null));
        assertEquals("Une.", store.translation("doc", FRENCH).units().get(0).target());
        assertEquals(openStore().translation("doc", FRENCH), store.translation("doc", FRENCH));
        store.importDocument(document("doc", "One.", "Two changed."));
        assertEquals(openStore().translation("doc", FRENCH), store.translation("doc", FRENCH), "the re-import's reconciled units");
        replaceAll(store, unit -> unit.withTarget("tout"));
        assertEquals(List.of("tout", "tout"), store.translation("doc", FRENCH).units().stream().map(Unit::target).toList());
        assertEquals(openStore().translation("doc", FRENCH), store.translation("doc", FRENCH));
    }
}
