package dev.tandem.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.ReferenceMemory;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.UnitEdit;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every store keeps besides documents and translations, part of {@link DocumentStoreContract}:
 * the project's small files (the glossary), each translation's (its ignored QA findings), and the
 * reference memories.
 */
interface KeptFilesContract {

    LanguageTag TARGET = LanguageTag.of("fr");

    DocumentStore openStore();

    /** A small record standing for what the files hold (a glossary, a list of ignored findings). */
    record Entries(List<String> entries) {
        public Entries {
            entries = List.copyOf(entries);
        }

        public Entries with(String entry) {
            List<String> more = new ArrayList<>(entries);
            more.add(entry);
            return new Entries(more);
        }
    }

    @Test
    default void aProjectFileIsReadBackByAFreshStore() {
        DocumentStore store = openStore();
        StoredJson<Entries> glossary = store.projectFile(DocumentStore.GLOSSARY, Entries.class);
        assertTrue(glossary.read().isEmpty(), "nothing before the first write");

        glossary.write(new Entries(List.of("chat → cat", "« guillemets »")));

        assertEquals(new Entries(List.of("chat → cat", "« guillemets »")),
                openStore().projectFile(DocumentStore.GLOSSARY, Entries.class).read().orElseThrow());
    }

    @Test
    default void updatesOfAProjectFileFromTenThreadsAreEachKept() throws Exception {
        DocumentStore store = openStore();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                // Each thread asks the store for the file anew, as each request of a server does.
                for (int i = 0; i < 5; i++) {
                    String entry = thread + "-" + i;
                    store.projectFile(DocumentStore.GLOSSARY, Entries.class).update(new Entries(List.of()), entries -> entries.with(entry));
                }
                return null;
            }));
        }
        for (Future<?> thread : running) {
            thread.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(50, openStore().projectFile(DocumentStore.GLOSSARY, Entries.class).read().orElseThrow().entries().size());
    }

    @Test
    default void aRefusedUpdateChangesNothing() {
        DocumentStore store = openStore();
        StoredJson<Entries> glossary = store.projectFile(DocumentStore.GLOSSARY, Entries.class);
        glossary.write(new Entries(List.of("kept")));

        assertThrows(TandemException.class, () -> glossary.update(new Entries(List.of()), entries -> {
            throw TandemException.notFound("no such term");
        }));

        assertEquals(List.of("kept"), openStore().projectFile(DocumentStore.GLOSSARY, Entries.class).read().orElseThrow().entries());
    }

    @Test
    default void aTranslationFileGoesWithItsLanguageAndItsDocument() {
        DocumentStore store = openStore();
        store.importDocument(DocumentStoreContract.document("doc", "One."));
        String unit = store.translation("doc", TARGET).units().get(0).id();
        store.change("doc", TARGET, (document, current) -> current.save(document,
                new UnitEdit(unit, 0, "Un.", Status.TRANSLATED, "Ana", null), Instant.EPOCH));
        store.translationFile("doc", TARGET, DocumentStore.IGNORED_FINDINGS, Entries.class).write(new Entries(List.of("u1 number")));
        assertEquals(List.of("u1 number"), openStore().translationFile("doc", TARGET, DocumentStore.IGNORED_FINDINGS, Entries.class)
                .read().orElseThrow().entries());
        assertTrue(openStore().translationFile("doc", LanguageTag.of("de"), DocumentStore.IGNORED_FINDINGS, Entries.class)
                .read().isEmpty(), "each translation has its own");

        store.removeLanguage("doc", TARGET);
        assertTrue(openStore().translationFile("doc", TARGET, DocumentStore.IGNORED_FINDINGS, Entries.class).read().isEmpty(),
                "a removed language takes its files along");

        store.translationFile("doc", TARGET, DocumentStore.IGNORED_FINDINGS, Entries.class).write(new Entries(List.of("again")));
        store.deleteDocument("doc");
        store.importDocument(DocumentStoreContract.document("doc", "One."));
        assertTrue(openStore().translationFile("doc", TARGET, DocumentStore.IGNORED_FINDINGS, Entries.class).read().isEmpty(),
                "a deleted document takes its files along");
    }

    @Test
    default void referenceMemoriesAreListedByNameAndReplacedByName() {
        DocumentStore store = openStore();
        ReferenceMemories references = store.referenceMemories();
        references.add(memory("zoo", "first"), "<tmx>zoo</tmx>".getBytes(StandardCharsets.UTF_8));
        references.add(memory("atlas", "second"), "<tmx>atlas</tmx>".getBytes(StandardCharsets.UTF_8));
        references.add(memory("zoo", "third"), "<tmx>zoo, again</tmx>".getBytes(StandardCharsets.UTF_8));

        ReferenceMemories reread = openStore().referenceMemories();
        assertEquals(List.of(memory("atlas", "second"), memory("zoo", "third")), reread.list());
        assertArrayEquals("<tmx>zoo, again</tmx>".getBytes(StandardCharsets.UTF_8), reread.content(reread.find("zoo").orElseThrow()));

        reread.remove(memory("atlas", "second"));
        assertEquals(List.of("zoo"), openStore().referenceMemories().list().stream().map(ReferenceMemory::name).toList());
        assertTrue(openStore().referenceMemories().find("atlas").isEmpty());
    }

    private static ReferenceMemory memory(String name, String sha256) {
        return new ReferenceMemory(name, name + ".tmx", "en", "fr", 3, 5, Instant.parse("2026-11-26T10:00:00Z"), sha256);
    }
}
