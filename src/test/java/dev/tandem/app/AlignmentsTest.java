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
        AlignmentRecord record = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
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
        AlignmentRecord record = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
        int index = indexOfPair(record);
        BeadLink bead = record.beads().get(index);
        String moved = record.targetSentences().get(record.beads().get(index + 1).targetStart());

        AlignmentRecord edited = workbench.alignments().edit("seed", FRENCH, index, BeadEdit.TAKE_NEXT);

        BeadLink grown = edited.beads().get(index);
        assertEquals(bead.targetEnd() + 1, grown.targetEnd());
        assertTrue(grown.verified());
        String firstSegment = workbench.documents().document("seed").segments().get(bead.sourceStart()).id();
        Unit unit = workbench.translations().translation("seed", FRENCH).unit(firstSegment).orElseThrow();
        assertTrue(unit.target().endsWith(moved), unit.target());
        assertEquals(Status.REVIEWED, unit.status());
    }

    @Test
    void mergeThenSplitGivesBackTwoBeads() {
        AlignmentRecord record = workbench.alignments().alignTranslation("seed", FRENCH, "seed-article.fr.txt", french);
        int beads = record.beads().size();
        AlignmentRecord merged = workbench.alignments().edit("seed", FRENCH, 3, BeadEdit.MERGE);
        assertEquals(beads - 1, merged.beads().size());
        AlignmentRecord split = workbench.alignments().edit("seed", FRENCH, 3, BeadEdit.SPLIT);
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
