package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.model.ConcordanceHit;
import dev.tandem.model.Document;
import dev.tandem.model.HistoryEntry;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Match;
import dev.tandem.model.ReferenceMemory;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory of a real store: saves, repetitions, pre-translation, analysis and TMX reference memories. */
class MemoryServiceTest {

    static final LanguageTag EN = LanguageTag.of("en");
    static final LanguageTag FR = LanguageTag.of("fr");

    @TempDir
    Path data;
    Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(data);
    }

    @AfterEach
    void close() {
        workbench.memory().close();
    }

    @Test
    void aSaveShowsUpInAnotherDocumentsMatchesAtOnce() {
        Document first = importText("first", "Open the file menu. Then choose Save.");
        Document second = importText("second", "Open the file menu now. Close it.");
        assertTrue(workbench.memory().matches("second", FR, unitOf(second, 0), 50, 5).isEmpty());
        save("first", unitOf(first, 0), "Ouvrez le menu Fichier.", Status.TRANSLATED);
        List<Match> matches = workbench.memory().matches("second", FR, unitOf(second, 0), 50, 5);
        assertEquals(1, matches.size());
        assertEquals(80, matches.get(0).score()); // open the file menu (now): 5 tokens, 1 inserted: 100 × 4 / 5
        assertEquals("Ouvrez le menu Fichier.", matches.get(0).entry().target());
        assertEquals("first", matches.get(0).entry().origin().name());
    }

    @Test
    void savesKeepEachTranslationsStampAsAFreshStartComputesItAndStayFoundAcrossAMerge() {
        Document doc = importText("stamped", "Open the file menu. Then choose Save. Close the window.");
        workbench.memory().matches("Open the file menu.", EN, FR, 50, 5);
        save("stamped", unitOf(doc, 0), "Ouvrez le menu Fichier.", Status.TRANSLATED);
        save("stamped", unitOf(doc, 2), "Fermez la fenêtre.", Status.INITIAL);
        save("stamped", unitOf(doc, 0), "Ouvrez le menu Fichier !", Status.REVIEWED);
        assertStampAsFromScratch("stamped");
        Unit first = workbench.translations().translation("stamped", FR).units().get(0);
        Unit second = workbench.translations().translation("stamped", FR).units().get(1);
        workbench.translations().merge("stamped", FR, new dev.tandem.model.UnitMerge(first.id(), first.rev(), second.rev(), "ann"));
        save("stamped", unitOf(doc, 1), "Fermez la fenêtre.", Status.TRANSLATED);
        assertStampAsFromScratch("stamped");
        assertEquals("Fermez la fenêtre.", workbench.memory().matches("Close the window.", EN, FR, 50, 5).get(0).entry().target());
        assertEquals("Open the file menu. Then choose Save.", workbench.memory().matches("Close the window.", EN, FR, 50, 5).get(0)
                .entry().previous(), "the context after the merge: the merged unit before it");
    }

    /** A restart re-reads a translation whose stamp differs: after saves, the one kept must be the one it computes. */
    private void assertStampAsFromScratch(String document) {
        String group = StoreEntries.group(document, FR.tag());
        assertEquals(StoreEntries.stamp(workbench.documents().document(document), workbench.translations().translation(document, FR)),
                workbench.memory().memory().stamps().get(group));
    }

    @Test
    void draftsStayOutOfTheMemory() {
        Document first = importText("first", "Open the file menu. Then choose Save.");
        importText("second", "Open the file menu. Close it.");
        save("first", unitOf(first, 0), "Ouvrez le menu Fichier.", Status.INITIAL);
        assertTrue(workbench.memory().matches("Open the file menu.", EN, FR, 50, 5).isEmpty());
    }

    @Test
    void theIndexIsRebuiltFromTheStoreWhenMissingOrStale() throws Exception {
        Document first = importText("first", "Open the file menu. Then choose Save.");
        save("first", unitOf(first, 0), "Ouvrez le menu Fichier.", Status.TRANSLATED);
        workbench.memory().close();
        // saved while the memory was closed (another run of the CLI, say): the stamp tells it is stale
        Workbench later = Workbench.open(data);
        later.translations().save("first", FR, new UnitEdit(unitOf(first, 1), 0, "Puis choisissez Enregistrer.", Status.TRANSLATED, "ann", null));
        Workbench again = Workbench.open(data);
        assertEquals(100, again.memory().matches("Then choose Save.", EN, FR, 50, 5).get(0).score());
        again.memory().close();
        deleteRecursively(data.resolve(".tandem"));
        Workbench fresh = Workbench.open(data);
        assertEquals("Ouvrez le menu Fichier.", fresh.memory().matches("Open the file menu.", EN, FR, 50, 5).get(0).entry().target());
        assertTrue(Files.readString(data.resolve(".tandem/.gitignore")).contains("*"));
        fresh.memory().close();
    }

    @Test
    void repetitionsAreOfferedAndSavedWithHistoryAndConflictsRespected() {
        Document doc = importText("doc", "Press Enter. Type your name. Press Enter.");
        Document other = importText("other", "Press Enter. Wait.");
        save("other", unitOf(other, 0), "Appuie sur Entrée.", Status.TRANSLATED);
        Unit confirmed = save("doc", unitOf(doc, 0), "Appuyez sur Entrée.", Status.TRANSLATED);
        List<Repetition> offered = workbench.memory().repetitions("doc", FR, confirmed.id());
        assertEquals(List.of("doc/" + unitOf(doc, 2), "other/" + unitOf(other, 0)),
                offered.stream().map(r -> r.document() + "/" + r.unit()).toList());
        // someone saves the repetition in "doc" after the offer was made
        Repetition inDoc = offered.get(0);
        save("doc", inDoc.unit(), "Tapez Entrée.", Status.TRANSLATED);
        PropagationReport report = workbench.memory().propagate("doc", FR, confirmed.id(), offered, "ann");
        assertEquals(List.of("other/" + unitOf(other, 0)), report.saved().stream().map(r -> r.document() + "/" + r.unit()).toList());
        assertEquals(List.of("Tapez Entrée."), report.conflicts().stream().map(Repetition::target).toList());
        Unit propagated = workbench.translations().translation("other", FR).unit(unitOf(other, 0)).orElseThrow();
        assertEquals("Appuyez sur Entrée.", propagated.target());
        assertTrue(propagated.note().contains("repetition of doc"));
        List<HistoryEntry> history = workbench.translations().history("other", FR, unitOf(other, 0));
        assertEquals("Appuie sur Entrée.", history.get(history.size() - 1).target());
        assertEquals("Tapez Entrée.", workbench.translations().translation("doc", FR).unit(inDoc.unit()).orElseThrow().target());
    }

    @Test
    void pretranslateFillsOnlyUntouchedUnitsAndNeverOverwritesHumanWork() {
        Document done = importText("done", "Open the file menu. Choose Save as. Close the window.");
        save("done", unitOf(done, 0), "Ouvrez le menu Fichier.", Status.TRANSLATED);
        save("done", unitOf(done, 1), "Choisissez Enregistrer sous.", Status.TRANSLATED);
        save("done", unitOf(done, 2), "Fermez la fenêtre.", Status.TRANSLATED);
        Document todo = importText("todo", "Open the file menu. Choose Save as. Close the window now. Print it. Say hello.");
        save("todo", unitOf(todo, 4), "Ma traduction à moi.", Status.INITIAL);
        PretranslationReport report = workbench.memory().pretranslate("todo", FR, 75, List.of());
        Translation filled = workbench.translations().translation("todo", FR);
        Unit context = filled.units().get(0);
        assertEquals("Ouvrez le menu Fichier.", context.target());
        assertEquals(Status.TRANSLATED, context.status());
        assertEquals(Pretranslation.FILLED_BY, context.by());
        assertTrue(context.note().startsWith("filled from memory: 101 % from done"), context.note());
        assertEquals(Status.TRANSLATED, filled.units().get(1).status()); // 100 %: the next sentence differs
        Unit fuzzy = filled.units().get(2);
        assertEquals("Fermez la fenêtre.", fuzzy.target());
        assertEquals(Status.INITIAL, fuzzy.status()); // 3 of 4 words: 75 %, a draft
        assertEquals("", filled.units().get(3).target());
        assertEquals("Ma traduction à moi.", filled.units().get(4).target());
        assertEquals(2, report.translated());
        assertEquals(1, report.drafts());
        assertEquals(1, report.noMatch());
        assertEquals(1, report.untouched());
        assertEquals(Map.of("context", 1L, "100%", 1L, "75-84%", 1L), report.filledByBand());
        PretranslationReport again = workbench.memory().pretranslate("todo", FR, 50, List.of());
        assertEquals(4, again.untouched());
        assertEquals("Ma traduction à moi.", workbench.translations().translation("todo", FR).units().get(4).target());
    }

    @Test
    @SuppressWarnings("unchecked")
    void analysisCountsWordsByBand() {
        Document memory = importText("memory", "Open the file menu. Choose Save as. Close the window.");
        save("memory", unitOf(memory, 0), "Ouvrez le menu Fichier.", Status.TRANSLATED);
        save("memory", unitOf(memory, 1), "Choisissez Enregistrer sous.", Status.TRANSLATED);
        save("memory", unitOf(memory, 2), "Fermez la fenêtre.", Status.TRANSLATED);
        // 101 % (4 words), 100 % (3: the next sentence differs), 75 % (4), a repetition (4), no match (2)
        importText("crafted", "Open the file menu. Choose Save as. Close the window now. Open the file menu. Print it.");
        Map<String, Object> analysis = workbench.memory().analyze("crafted", FR);
        Map<String, Map<String, Long>> bands = (Map<String, Map<String, Long>>) analysis.get("bands");
        assertEquals(4L, bands.get("context").get("words"));
        assertEquals(3L, bands.get("100%").get("words"));
        assertEquals(4L, bands.get("75-84%").get("words"));
        assertEquals(4L, bands.get("repetitions").get("words"));
        assertEquals(1L, bands.get("repetitions").get("segments"));
        assertEquals(2L, bands.get("no match").get("words"));
        assertEquals(0L, bands.get("95-99%").get("words"));
        assertEquals(17L, analysis.get("total"));
    }

    @Test
    void anOmegaTProjectMemoryServesAsAReferenceWithItsPenalty() {
        ReferenceMemory added = workbench.memory().addReference(TestWorkbench.fixture("omegat-project-save.tmx"), 5, null, null);
        assertEquals("en-US", added.sourceLanguage());
        assertEquals("fr-FR", added.targetLanguage());
        assertEquals(2, added.units());
        List<Match> matches = workbench.memory().matches("The printer is out of paper.", EN, FR, 50, 5);
        assertEquals(95, matches.get(0).score());
        assertEquals("L'imprimante n'a plus de papier.", matches.get(0).entry().target());
        assertTrue(matches.get(0).regionDiffers());
        assertEquals(List.of("omegat-project-save"), workbench.memory().references().stream().map(ReferenceMemory::name).toList());
        workbench.memory().removeReference("omegat-project-save");
        assertTrue(workbench.memory().matches("The printer is out of paper.", EN, FR, 50, 5).isEmpty());
        assertTrue(workbench.memory().references().isEmpty());
    }

    @Test
    void aReferenceMemorysMatchesAndHitsSayWhoTranslatedThemAndWhen() {
        workbench.memory().addReference(TestWorkbench.fixture("omegat-level2.tmx"), 0, null, null);
        Match match = workbench.memory().matches("Save your work before you close the window.", EN, FR, 50, 5).get(0);
        assertEquals("omegat-level2.tmx", match.entry().origin().name());
        assertEquals("marie", match.entry().origin().by());
        assertEquals(Instant.parse("2024-03-12T10:15:00Z"), match.entry().origin().updated());
        ConcordanceHit hit = workbench.memory().concordance("sauvegarde", EN, FR).get(0);
        assertEquals("paul", hit.entry().origin().by());
        assertEquals(Instant.parse("2024-03-02T14:30:00Z"), hit.entry().origin().updated());
    }

    @Test
    void anOkapiMemoryWithInlineCodesMatchesAndFindsConcordance() {
        workbench.memory().addReference(TestWorkbench.fixture("okapi-rainbow.tmx"), 0, null, null);
        List<Match> matches = workbench.memory().matches("Open the settings page.", EN, LanguageTag.of("fr-FR"), 50, 5);
        assertEquals(100, matches.get(0).score());
        assertFalse(workbench.memory().concordance("etalonnage", EN, FR).isEmpty());
    }

    private Document importText(String id, String text) {
        Document document = workbench.documents().importContent(text.getBytes(StandardCharsets.UTF_8), id + ".txt", EN, id);
        workbench.translations().addLanguage(id, FR);
        return document;
    }

    private Unit save(String document, String unit, String target, Status status) {
        Unit current = workbench.translations().translation(document, FR).unit(unit).orElseThrow();
        return workbench.translations().save(document, FR, new UnitEdit(unit, current.rev(), target, status, "ann", null));
    }

    private String unitOf(Document document, int index) {
        return workbench.translations().translation(document.id(), FR).units().get(index).id();
    }

    private static void deleteRecursively(Path folder) throws Exception {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
