package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.model.AlignmentRecord;
import dev.tandem.model.BeadLink;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.TandemException;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignmentsTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    @TempDir
    Path data;

    private Workbench workbench;
    private List<String> french;

    @BeforeEach
    void alignSeed() throws IOException {
        workbench = TestWorkbench.withSeed(data);
        Path translation = TestWorkbench.fixture("seed-article.fr.txt");
        french = workbench.pipeline().sentences(Files.readAllBytes(translation), "seed-article.fr.txt", FRENCH);
    }

    private static String allTargets(Translation translation) {
        return String.join(" ", translation.units().stream().map(Unit::target).toList());
    }

    @Test
    void alignedTranslationFillsTheUnitsAndDropsNoSentence() {
        AlignmentRecord record = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french).alignment();
        Translation units = workbench.translations().translation("seed", FRENCH);

        assertEquals(record.targetSentences().size(), record.beads().get(record.beads().size() - 1).targetEnd());
        String targets = allTargets(units);
        for (String sentence : french) {
            assertTrue(targets.contains(sentence), "kept: " + sentence);
        }
        Unit first = units.units().get(0);
        assertTrue(first.target().startsWith("Kim Jong-Un en visite en Russie"));
        assertEquals(Status.TRANSLATED, first.status());
        assertTrue(first.note().startsWith("aligned (confidence"));
    }

    @Test
    void twoSourceSentencesTranslatedAsOneBecomeOneUnit() {
        workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
        Unit merged = workbench.translations().translation("seed", FRENCH).units().stream()
                .filter(unit -> unit.target().startsWith("Les deux dirigeants ne se parlent pas seulement"))
                .findFirst().orElseThrow();
        assertEquals(2, merged.sources().size());
    }

    @Test
    void takingTheNextSentenceMovesItIntoTheBeadAndItsUnit() {
        AlignmentRecord record = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french).alignment();
        int index = indexOfPair(record);
        BeadLink bead = record.beads().get(index);
        String moved = record.targetSentences().get(record.beads().get(index + 1).targetStart());

        AlignmentRecord edited = workbench.alignments().edit("seed", FRENCH, index, BeadEdit.TAKE_NEXT).alignment();

        BeadLink grown = edited.beads().get(index);
        assertEquals(bead.targetEnd() + 1, grown.targetEnd());
        assertTrue(grown.verified());
        String firstSegment = workbench.documents().document("seed").segments().get(bead.sourceStart()).id();
        Unit unit = workbench.translations().translation("seed", FRENCH).unit(firstSegment).orElseThrow();
        assertTrue(unit.target().endsWith(moved), unit.target());
        assertEquals(Status.REVIEWED, unit.status());
    }

    @Test
    void aBeadThatTakesAWrongSentenceIsRankedForReviewAndGivingItBackRestoresItsConfidence() {
        AlignmentRecord record = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french).alignment();
        int index = confidentPairFollowedByAPair(record);
        double before = record.beads().get(index).confidence();

        AlignmentRecord grown = workbench.alignments().edit("seed", FRENCH, index, BeadEdit.TAKE_NEXT).alignment();
        double wrong = grown.beads().get(index).confidence();
        assertTrue(wrong < before - 0.2, "after taking a sentence that belongs to the next bead: " + wrong + ", before " + before);
        assertEquals(wrong, workbench.alignments().alignment("seed", FRENCH).beads().get(index).confidence(), 1e-9);

        AlignmentRecord restored = workbench.alignments().edit("seed", FRENCH, index, BeadEdit.GIVE_NEXT).alignment();
        assertEquals(before, restored.beads().get(index).confidence(), 0.05);
        assertEquals(record.beads().get(index + 1).confidence(), restored.beads().get(index + 1).confidence(), 0.05);
    }

    @Test
    void mergingTwoSourceSentencesTranslatedAsOneRaisesTheConfidenceOfTheMergedBead() {
        AlignmentRecord record = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french).alignment();
        int index = indexOfTwoToOne(record);
        AlignmentRecord split = workbench.alignments().edit("seed", FRENCH, index, BeadEdit.SPLIT).alignment();
        double weaker = Math.min(split.beads().get(index).confidence(), split.beads().get(index + 1).confidence());

        AlignmentRecord merged = workbench.alignments().edit("seed", FRENCH, index, BeadEdit.MERGE).alignment();

        assertTrue(merged.beads().get(index).confidence() > weaker + 0.1,
                "merged " + merged.beads().get(index).confidence() + ", weaker half " + weaker);
    }

    @Test
    void mergeThenSplitGivesBackTwoBeads() {
        AlignmentRecord record = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french).alignment();
        int beads = record.beads().size();
        AlignmentRecord merged = workbench.alignments().edit("seed", FRENCH, 3, BeadEdit.MERGE).alignment();
        assertEquals(beads - 1, merged.beads().size());
        AlignmentRecord split = workbench.alignments().edit("seed", FRENCH, 3, BeadEdit.SPLIT).alignment();
        assertEquals(beads, split.beads().size());
        assertEquals(record.beads().get(3).sourceEnd(), split.beads().get(3).sourceEnd());
    }

    @Test
    void beadEditsKeepWhatATranslatorChangedElsewhere() {
        workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
        Unit last = workbench.translations().translation("seed", FRENCH).units().get(workbench.translations().translation("seed", FRENCH).units().size() - 1);
        workbench.translations().save("seed", FRENCH, new UnitEdit(last.id(), last.rev(), "Ma propre traduction.", Status.FINAL, "Ana", null));

        workbench.alignments().edit("seed", FRENCH, 0, BeadEdit.VERIFY);

        Unit after = workbench.translations().translation("seed", FRENCH).unit(last.id()).orElseThrow();
        assertEquals("Ma propre traduction.", after.target());
        assertEquals(Status.FINAL, after.status());
    }

    @Test
    void alignmentKeepsTranslationsAPersonTypedOrConfirmedAndSaysHowMany() {
        List<Unit> units = workbench.translations().translation("seed", FRENCH).units();
        workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(1).id(), 0, "Ma traduction confirmée.", Status.REVIEWED, "Ana", null));
        workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(4).id(), 0, "Première version.", Status.TRANSLATED, "Ben", null));
        // a conflict the translator just resolved: a stale save refused, then saved again on the current revision
        assertThrows(dev.tandem.model.StaleSaveException.class, () ->
                workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(4).id(), 0, "Version d'Ana.", Status.TRANSLATED, "Ana", null)));
        workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(4).id(), 1, "Version résolue.", Status.TRANSLATED, "Ana", null));
        int historyBefore = workbench.translations().history("seed", FRENCH, units.get(4).id()).size();

        AlignmentResult result = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);

        Translation after = workbench.translations().translation("seed", FRENCH);
        assertEquals("Ma traduction confirmée.", after.unit(units.get(1).id()).orElseThrow().target());
        assertEquals(Status.REVIEWED, after.unit(units.get(1).id()).orElseThrow().status());
        assertEquals("Version résolue.", after.unit(units.get(4).id()).orElseThrow().target());
        assertEquals(historyBefore, workbench.translations().history("seed", FRENCH, units.get(4).id()).size(), "nothing was replaced");
        assertEquals(List.of(units.get(1).id(), units.get(4).id()), result.kept().stream().map(AlignmentResult.Kept::unitId).toList());
        assertTrue(result.kept().get(0).aligned().length() > 10, "the aligned text is shown beside the kept one");
        assertTrue(result.summary().endsWith(" filled, 2 kept because a translator already worked on them"), result.summary());
        assertTrue(result.filled() > 30, result.summary());
    }

    @Test
    void replacingHumanWorkTooIsAnExplicitChoiceAndKeepsTheOldTextInHistory() {
        Unit second = workbench.translations().translation("seed", FRENCH).units().get(1);
        workbench.translations().save("seed", FRENCH, new UnitEdit(second.id(), 0, "Ma traduction.", Status.REVIEWED, "Ana", null));

        AlignmentResult result = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french, true);

        assertEquals(0, result.kept().size());
        Unit replaced = workbench.translations().translation("seed", FRENCH).unit(second.id()).orElseThrow();
        assertTrue(!replaced.target().equals("Ma traduction."));
        assertEquals("Ma traduction.", workbench.translations().history("seed", FRENCH, second.id()).get(0).target());
    }

    @Test
    void alignedUnitsStayAlignedNotReviewedUntilABeadIsVerifiedOrTheUnitConfirmed() {
        workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
        List<Unit> units = workbench.translations().translation("seed", FRENCH).units();
        assertEquals(Unit.ALIGNED, units.get(0).subState());
        assertTrue(units.get(1).alignedUnreviewed());

        workbench.alignments().edit("seed", FRENCH, 0, BeadEdit.VERIFY);
        workbench.translations().save("seed", FRENCH, new UnitEdit(units.get(1).id(), units.get(1).rev(), units.get(1).target(), Status.TRANSLATED, "Ana", null));

        Translation after = workbench.translations().translation("seed", FRENCH);
        assertEquals(null, after.units().get(0).subState());
        assertEquals(Status.REVIEWED, after.units().get(0).status());
        assertEquals(null, after.units().get(1).subState());
        assertTrue(after.units().get(2).alignedUnreviewed());
    }

    @Test
    void aReAlignmentReplacesWhatTheAlignerWroteButNotWhatAPersonConfirmed() {
        workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
        Unit confirmed = workbench.translations().translation("seed", FRENCH).units().get(2);
        workbench.translations().save("seed", FRENCH, new UnitEdit(confirmed.id(), confirmed.rev(), "Confirmé par Ana.", Status.REVIEWED, "Ana", null));

        AlignmentResult again = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french.subList(0, 20));

        assertEquals("Confirmé par Ana.", workbench.translations().translation("seed", FRENCH).unit(confirmed.id()).orElseThrow().target());
        assertEquals(1, again.kept().size());
    }

    @Test
    void alignedUnreviewedUnitsAreCountedApartInCoverage() {
        workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
        dev.tandem.model.LanguageCoverage coverage = workbench.coverage().report("seed", FRENCH).entries().get(0);
        assertEquals(0.0, coverage.counts().percent(Status.TRANSLATED));
        assertTrue(coverage.counts().segments().aligned() > 30, coverage.counts().toString());
    }

    @Test
    void anEmptyTranslationIsRefused() {
        TandemException error = assertThrows(TandemException.class,
                () -> workbench.alignments().alignTranslation("seed", FRENCH, "empty.txt", List.of()));
        assertTrue(error.getMessage().contains("no sentences"));
    }

    @Test
    void editingAMissingBeadIsNotFound() {
        workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
        TandemException error = assertThrows(TandemException.class,
                () -> workbench.alignments().edit("seed", FRENCH, 999, BeadEdit.MERGE));
        assertEquals(TandemException.Kind.NOT_FOUND, error.kind());
    }

    private static int confidentPairFollowedByAPair(AlignmentRecord record) {
        for (int i = 0; i + 1 < record.beads().size(); i++) {
            BeadLink bead = record.beads().get(i);
            BeadLink next = record.beads().get(i + 1);
            if (bead.sourceCount() == 1 && bead.targetCount() == 1 && next.sourceCount() == 1 && next.targetCount() == 1
                    && bead.confidence() > 0.7 && next.confidence() > 0.7) {
                return i;
            }
        }
        throw new AssertionError("no two confident 1:1 beads in a row");
    }

    private static int indexOfTwoToOne(AlignmentRecord record) {
        for (int i = 0; i < record.beads().size(); i++) {
            if (record.beads().get(i).sourceCount() == 2 && record.beads().get(i).targetCount() == 1) {
                return i;
            }
        }
        throw new AssertionError("no 2:1 bead");
    }

    private static int indexOfPair(AlignmentRecord record) {
        for (int i = 0; i + 1 < record.beads().size(); i++) {
            if (record.beads().get(i).sourceCount() > 0 && record.beads().get(i + 1).targetCount() > 1) {
                return i;
            }
        }
        for (int i = 0; i + 1 < record.beads().size(); i++) {
            if (record.beads().get(i).sourceCount() > 0 && record.beads().get(i + 1).targetCount() > 0) {
                return i;
            }
        }
        throw new AssertionError("no bead followed by one with a target sentence");
    }
}
