package dev.tandem.memory;

import dev.tandem.model.MatchQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Provenance;
import dev.tandem.model.ConcordanceHit;
import dev.tandem.model.TextSpan;
import dev.tandem.model.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index as derived data: it survives a restart with its stamps, finds phrases, and loses no match. */
class MemoryIndexTest {

    @TempDir
    Path folder;

    @Test
    void entriesAndStampsSurviveReopening() {
        try (TranslationMemory memory = TranslationMemory.open(folder)) {
            memory.replaceGroup("doc/a/fr", "stamp-1", List.of(entry("doc/a/fr/u1", "doc/a/fr", "Close the door.", "Fermez la porte.")));
        }
        try (TranslationMemory memory = TranslationMemory.open(folder)) {
            assertEquals(Map.of("doc/a/fr", "stamp-1"), memory.stamps());
            assertEquals("Fermez la porte.", memory.matches(MatchQuery.of("Close the door.", "en", "fr")).get(0).entry().target());
            memory.removeGroup("doc/a/fr");
            assertTrue(memory.matches(MatchQuery.of("Close the door.", "en", "fr")).isEmpty());
        }
    }

    @Test
    void concordanceIgnoresCaseAndAccents() {
        try (TranslationMemory memory = TranslationMemory.open(folder)) {
            memory.put(entry("k1", "g", "Send the résumé today.", "Envoyez le CV aujourd'hui."), "1");
            memory.put(entry("k2", "g", "The summary is short.", "Le Résumé est court."), "1");
            List<ConcordanceHit> hits = memory.concordance("RESUME", "en", "fr", 10);
            assertEquals(2, hits.size());
            ConcordanceHit inSource = hits.stream().filter(hit -> hit.entry().key().equals("k1")).findFirst().orElseThrow();
            assertEquals(List.of(new TextSpan(9, 15)), inSource.inSource());
            ConcordanceHit inTarget = hits.stream().filter(hit -> hit.entry().key().equals("k2")).findFirst().orElseThrow();
            assertEquals(List.of(new TextSpan(3, 9)), inTarget.inTarget());
        }
    }

    @Test
    void concordanceFindsRunsOfJapaneseCharacters() {
        try (TranslationMemory memory = TranslationMemory.open(folder)) {
            memory.put(new MemoryEntry("k", "g", "東京駅で会いましょう。", "Let's meet at Tokyo Station.", "ja", "en",
                    Provenance.reference("t.tmx", null, null, 0), null, null), "1");
            List<ConcordanceHit> hits = memory.concordance("東京駅", "ja", "en", 10);
            assertEquals(1, hits.size());
            assertEquals(List.of(new TextSpan(0, 3)), hits.get(0).inSource());
        }
    }

    @Test
    void indexedLookupFindsTheBestMatchesAFullScanFinds() {
        List<String> vocabulary = List.of("open", "close", "the", "a", "file", "window", "folder", "new", "old", "save",
                "print", "document", "now", "later", "your", "current", "selected", "item", "list", "menu");
        Random random = new Random(7);
        List<MemoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            entries.add(entry("k" + i, "g", sentence(vocabulary, random), "t" + i));
        }
        MatchTokenizer tokenizer = new MatchTokenizer();
        List<List<String>> entryKeys = entries.stream().map(entry -> tokenizer.tokenize(entry.source(), "en").keys()).toList();
        try (TranslationMemory memory = TranslationMemory.open(folder)) {
            memory.replaceGroup("g", "1", entries);
            for (int q = 0; q < 60; q++) {
                String query = sentence(vocabulary, random);
                List<String> keys = tokenizer.tokenize(query, "en").keys();
                List<Integer> scan = entryKeys.stream()
                        .map(candidate -> FuzzyScore.similarity(keys, candidate))
                        .filter(score -> score >= 70).sorted(Comparator.reverseOrder()).limit(5).toList();
                List<Integer> indexed = memory.matches(MatchQuery.of(query, "en", "fr").withMinimum(70)).stream()
                        .map(match -> Math.min(match.score(), 100)).toList();
                // the same source may be stored twice; the lookup shows it once, so compare the best only
                assertEquals(scan.isEmpty() ? null : scan.get(0), indexed.isEmpty() ? null : indexed.get(0), query);
            }
        }
    }

    @Test
    void lookupsRacingEachOtherRightAfterAChangeAllSeeIt() throws Exception {
        // Two editors ask at once right after a save (or the first start): the one that does not
        // reopen the index's readers itself must wait for them, not search the old ones.
        int lookups = 4;
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(lookups);
        try (TranslationMemory memory = TranslationMemory.open(folder)) {
            for (int round = 0; round < 150; round++) {
                String source = "Round " + round + " closes the old window.";
                memory.put(entry("k" + round, "g", source, "Tour " + round + "."), String.valueOf(round));
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(lookups);
                List<java.util.concurrent.Future<Integer>> found = new ArrayList<>();
                for (int i = 0; i < lookups; i++) {
                    found.add(threads.submit(() -> {
                        start.await();
                        return memory.matches(MatchQuery.of(source, "en", "fr")).size();
                    }));
                }
                for (java.util.concurrent.Future<Integer> each : found) {
                    assertTrue(each.get() > 0, "round " + round + ": a lookup missed the entry put just before");
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aSavedEntryIsMadeVisibleInTheBackgroundSoTheNextLookupNeedNotReopenTheIndex() throws Exception {
        try (MemoryIndex index = MemoryIndex.open(folder.resolve("reopened"))) {
            for (int round = 0; round < 20; round++) {
                index.put(new MemoryIndex.IndexedEntry(entry("k" + round, "g", "Save round " + round + ".", "Tour " + round + "."),
                        List.of("save", "round", String.valueOf(round))), String.valueOf(round));
                long waited = System.nanoTime();
                while (!index.seesEveryChange() && System.nanoTime() - waited < 10_000_000_000L) {
                    Thread.sleep(1);
                }
                assertTrue(index.seesEveryChange(), "round " + round + ": nothing reopened the readers without a lookup");
                org.apache.lucene.search.IndexSearcher searcher = index.acquire();
                try {
                    assertEquals(round + 1, searcher.getIndexReader().numDocs());
                } finally {
                    index.release(searcher);
                }
            }
        }
    }

    private static String sentence(List<String> vocabulary, Random random) {
        int length = 3 + random.nextInt(6);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(i == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return text.append('.').toString();
    }

    private static MemoryEntry entry(String key, String group, String source, String target) {
        return new MemoryEntry(key, group, source, target, "en", "fr",
                Provenance.document("a", key, "ann", Instant.EPOCH, Status.TRANSLATED, false), null, null);
    }
}
