package dev.tandem.memory;

import dev.tandem.model.MatchQuery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.model.MemoryEntry;
import dev.tandem.model.Provenance;
import dev.tandem.model.Match;
import dev.tandem.model.DiffPart;
import dev.tandem.model.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores a translator can check by hand: token counts, edits, and OmegaT's rounding down. */
class MatchScoreTest {

    @TempDir
    Path folder;
    TranslationMemory memory;

    @BeforeEach
    void open() {
        memory = TranslationMemory.open(folder.resolve("index"));
    }

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void oneWordChangedInSixScoresEightyThree() {
        // the cat sat on the mat / the cat sat on a mat: 6 tokens, 1 substitution: 100 × 5 / 6 = 83
        add("en", "fr", "The cat sat on the mat.", "Le chat était assis sur le tapis.");
        assertEquals(83, best("The cat sat on a mat.", "en", "fr").score());
    }

    @Test
    void oneWordInsertedInFourScoresSeventyFive() {
        add("en", "fr", "Open the file.", "Ouvrez le fichier.");
        Match match = best("Open the new file.", "en", "fr");
        assertEquals(75, match.score());
        assertEquals(Match.Kind.FUZZY, match.kind());
    }

    @Test
    void japaneseScoresByDictionaryWords() {
        // 私|は|東京|に|行き|ます (the full stop does not count): 6 words, 1 substitution: 83
        add("ja", "en", "私は東京に行きます。", "I am going to Tokyo.");
        assertEquals(83, best("私は大阪に行きます。", "ja", "en").score());
    }

    @Test
    void chineseScoresByDictionaryWords() {
        // 我们|明天|去|北京|开会: 5 words, 2 substitutions (明天→后天, 北京→上海): 100 × 3 / 5 = 60
        add("zh", "en", "我们明天去北京开会。", "We are going to Beijing for a meeting tomorrow.");
        assertEquals(60, best("我们后天去上海开会。", "zh", "en").score());
    }

    @Test
    void sameSentenceIsAnExactMatch() {
        add("en", "fr", "Save your work often.", "Enregistrez souvent votre travail.");
        Match match = best("Save your work often.", "en", "fr");
        assertEquals(100, match.score());
        assertEquals(Match.Kind.EXACT, match.kind());
        assertEquals("Enregistrez souvent votre travail.", match.entry().target());
    }

    @Test
    void sentenceDifferingOnlyInNumbersIsNinetyNineWithTheNumbersPointedOut() {
        add("en", "fr", "You have 3 new messages.", "Vous avez 3 nouveaux messages.");
        Match match = best("You have 5 new messages.", "en", "fr");
        assertEquals(99, match.score());
        assertEquals(Set.of(Match.Difference.NUMBERS), match.differences());
        assertEquals(List.of("3"), match.numbers().onlyInMemory());
        assertEquals(List.of("5"), match.numbers().onlyInCurrent());
    }

    @Test
    void sentenceDifferingOnlyInCaseOrPunctuationIsNinetyNine() {
        add("en", "fr", "open the file.", "ouvrez le fichier.");
        assertEquals(Set.of(Match.Difference.CASE), best("Open the file.", "en", "fr").differences());
        assertEquals(99, best("Open the file.", "en", "fr").score());
        assertEquals(Set.of(Match.Difference.CASE, Match.Difference.PUNCTUATION), best("Open the file!", "en", "fr").differences());
    }

    @Test
    void exactMatchWithTheSameNeighboursIsAContextMatch() {
        memory.replaceGroup("doc/a/fr", "1", List.of(new MemoryEntry("doc/a/fr/u2", "doc/a/fr", "Click Save.", "Cliquez sur Enregistrer.",
                "en", "fr", Provenance.document("a", "u2", "ann", Instant.EPOCH, Status.TRANSLATED, false), "Edit the text.", "Close the window.")));
        MatchQuery query = MatchQuery.of("Click Save.", "en", "fr");
        assertEquals(101, memory.matches(query.withContext("Edit the text.", "Close the window.")).get(0).score());
        assertEquals(Match.Kind.CONTEXT, memory.matches(query.withContext("Edit the text.", "Close the window.")).get(0).kind());
        assertEquals(100, memory.matches(query.withContext("Type a name.", "Close the window.")).get(0).score());
    }

    @Test
    void referencePenaltyIsTakenOffTheScore() {
        memory.replaceGroup("tmx/client", "1", List.of(new MemoryEntry("tmx/client/1", "tmx/client", "Save your work often.",
                "Sauvegardez souvent.", "en", "fr", Provenance.reference("client.tmx", null, null, 10), null, null)));
        assertEquals(90, best("Save your work often.", "en", "fr").score());
    }

    @Test
    void frenchMatchesRegionalFrenchAndMarksTheRegion() {
        add("en", "fr-CA", "Save your work often.", "Enregistrez souvent votre travail.");
        Match forFrench = best("Save your work often.", "en", "fr");
        assertEquals(100, forFrench.score());
        assertTrue(forFrench.regionDiffers());
        Match forFrance = best("Save your work often.", "en", "fr-FR");
        assertEquals(99, forFrance.score());
        assertTrue(forFrance.regionDiffers());
        assertFalse(best("Save your work often.", "en", "fr-CA").regionDiffers());
        assertTrue(memory.matches(MatchQuery.of("Save your work often.", "en", "de")).isEmpty());
    }

    @Test
    void differencesNameInsertedDeletedAndChangedWords() {
        add("en", "fr", "Open the old file now.", "Ouvrez le vieux fichier maintenant.");
        List<DiffPart> diff = best("Open the new file.", "en", "fr").diff();
        assertEquals(List.of(
                new DiffPart(DiffPart.Kind.SAME, "Open the", ""),
                new DiffPart(DiffPart.Kind.CHANGED, " old", " new"),
                new DiffPart(DiffPart.Kind.SAME, " file", ""),
                new DiffPart(DiffPart.Kind.DELETED, " now", ""),
                new DiffPart(DiffPart.Kind.SAME, ".", "")), diff);
        List<DiffPart> inserted = best("Open the old big file now.", "en", "fr").diff();
        assertEquals(new DiffPart(DiffPart.Kind.INSERTED, "", " big"), inserted.get(1));
    }

    @Test
    void matchesBelowTheThresholdAreNotShown() {
        add("en", "fr", "The printer is out of paper.", "L'imprimante n'a plus de papier.");
        assertTrue(memory.matches(MatchQuery.of("Open the new file.", "en", "fr")).isEmpty());
    }

    private void add(String from, String to, String source, String target) {
        String key = "doc/x/" + to + "/" + source.hashCode();
        memory.put(new MemoryEntry(key, "doc/x/" + to, source, target, from, to,
                Provenance.document("x", "u1", "ann", Instant.EPOCH, Status.TRANSLATED, false), null, null), "1");
    }

    private Match best(String source, String from, String to) {
        List<Match> matches = memory.matches(MatchQuery.of(source, from, to));
        assertFalse(matches.isEmpty(), "no match for " + source);
        return matches.get(0);
    }
}
