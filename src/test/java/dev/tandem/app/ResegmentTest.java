package dev.tandem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.TestWorkbench;
import dev.tandem.model.Document;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Segment;
import dev.tandem.model.SourceHash;
import dev.tandem.model.Status;
import dev.tandem.model.Translation;
import dev.tandem.model.Unit;
import dev.tandem.model.UnitEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResegmentTest {

    private static final LanguageTag FRENCH = LanguageTag.of("fr");

    @TempDir
    Path data;

    @Test
    void resplittingWithChangedRulesKeepsTranslationsOfUnchangedSentences() throws IOException {
        Path article = data.resolveSibling(data.getFileName() + "-article.txt");
        Files.writeString(article, "The storm came at night. It broke the dam; the river rose. Nobody was hurt.", StandardCharsets.UTF_8);
        Workbench before = Workbench.open(data);
        before.documents().importFile(article, LanguageTag.of("en"), "storm");
        List<Unit> units = before.translations().translation("storm", FRENCH).units();
        assertEquals(3, units.size());
        String[] french = {"La tempête est arrivée la nuit.", "Elle a rompu le barrage ; la rivière a monté.", "Personne n’a été blessé."};
        for (int i = 0; i < 3; i++) {
            before.translations().save("storm", FRENCH, new UnitEdit(units.get(i).id(), 0, french[i], Status.TRANSLATED, "Ana", null));
        }

        Files.copy(TestWorkbench.fixture("semicolon-breaks.srx"), data.resolve(dev.tandem.app.Pipeline.PROJECT_RULES));
        Workbench after = Workbench.open(data, Clock.systemUTC());
        Document resplit = after.documents().resegment("storm");

        assertEquals(List.of("The storm came at night.", "It broke the dam;", "the river rose.", "Nobody was hurt."),
                resplit.segments().stream().map(Segment::text).toList());
        Translation translation = after.translations().translation("storm", FRENCH);
        assertEquals(4, translation.units().size());
        assertEquals(french[0], translation.units().get(0).target());
        assertFalse(translation.units().get(0).sourceChanged(SourceHash.of("The storm came at night.")));
        assertEquals(french[2], translation.units().get(3).target());
        Unit changed = translation.units().get(1);
        assertEquals(french[1], changed.target(), "the split sentence keeps the old translation");
        assertTrue(changed.sourceChanged(SourceHash.of("It broke the dam;")), "and is marked source changed");
        assertEquals("", translation.units().get(2).target());
    }

    @Test
    void projectRulesAreShownAndExportedAsSrx() throws IOException {
        Files.copy(TestWorkbench.fixture("semicolon-breaks.srx"), data.resolve(dev.tandem.app.Pipeline.PROJECT_RULES));
        SegmentationRulesView rules = Workbench.open(data).pipeline().segmentationRules();
        assertEquals("English", rules.projectRules().languageRules().get(0).name());
        assertTrue(rules.effectiveSrx().contains("<beforebreak>;</beforebreak>"), rules.effectiveSrx());
        assertTrue(rules.effectiveSrx().contains("srx20"));
    }
}
