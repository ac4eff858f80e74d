package dev.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.ForkedJvm;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} in the middle of re-imports: the store is whole afterwards, every time. */
class StoreCrashTest {

    private static final int RUNS = 30;
    private static final List<LanguageTag> LANGUAGES = List.of(LanguageTag.of("fr"), LanguageTag.of("de"));

    @TempDir
    Path temp;

    /** Two versions of one article: version 1 rewrites, adds and removes sentences of version 0. */
    static Document version(int version) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (version == 1 && i % 7 == 3) {
                sentences.add("Sentence " + i + " as rewritten in the second version.");
            } else if (!(version == 1 && i % 11 == 5)) {
                sentences.add("Sentence " + i + " of the article.");
            }
            if (version == 1 && i % 13 == 0) {
                sentences.add("A sentence added before " + i + ".");
            }
        }
        return DocumentStoreContract.document("doc", sentences.toArray(String[]::new));
    }

    @Test
    void aReimportKilledAtAnyMomentLeavesEveryUnitPointingAtSentencesOfTheStoredSource() throws Exception {
        Path root = temp.resolve("translations");
        JsonFolderStore setup = store(root);
        setup.importDocument(version(0));
        for (LanguageTag language : LANGUAGES) {
            setup.change("doc", language, (document, current) -> {
                Translation all = current.withUnits(current.units().stream()
                        .map(unit -> unit.withTarget(language + " " + unit.id()).withStatus(Status.TRANSLATED).withRev(1)).toList());
                return new dev.tandem.model.Changed<>(all, all);
            });
        }
        setup.close();

        Random random = new Random(20);
        int interruptedCommits = 0;
        for (int run = 0; run < RUNS; run++) {
            try (ForkedJvm loop = ForkedJvm.start(temp.resolve("loop.log"), List.of(), ReimportLoop.class, root.toString())) {
                loop.awaitLine("ready"::equals);
                Thread.sleep(random.nextInt(60));
                loop.kill();
            }
            if (halfDone(root.resolve("doc"))) {
                interruptedCommits++;
            }
            assertWhole(store(root), root.resolve("doc"), run);
        }
        assertTrue(interruptedCommits >= RUNS / 6,
                "the kills must land inside commits, not only between them: " + interruptedCommits + " of " + RUNS);
    }

    /** A commit record or a temporary file: the kill landed inside a change. */
    private static boolean halfDone(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(path -> path.getFileName().toString().startsWith("."));
        }
    }

    private static JsonFolderStore store(Path root) {
        return new JsonFolderStore(root, JsonMapperFactory.create(), new AtomicFileWriter(), DocumentStoreContract.CLOCK);
    }

    private static void assertWhole(JsonFolderStore store, Path folder, int run) throws IOException {
        Document document = store.requireDocument("doc");
        assertTrue(document.equals(version(0)) || document.equals(version(1)), "run " + run + ": source.json is one of the versions");
        List<String> segmentIds = document.segments().stream().map(Segment::id).toList();
        for (LanguageTag language : LANGUAGES) {
            List<String> covered = new ArrayList<>();
            for (Unit unit : store.translation("doc", language).units()) {
                covered.addAll(unit.sources());
            }
            assertEquals(segmentIds, covered, "run " + run + ": the " + language + " units are the sentences of source.json");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> left = files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
            assertEquals(List.of(), left, "run " + run + ": nothing half done is left after opening");
        }
    }
}
