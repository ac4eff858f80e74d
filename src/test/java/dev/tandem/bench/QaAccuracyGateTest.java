package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.qa.QualityChecker;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The QA benchmark's accuracy as a fast gate: the rule-based checks (LanguageTool left out, it
 * takes seconds to load) on the Text+Berg units with injected errors. Figures with LanguageTool
 * come from {@link QaBenchmark}.
 */
class QaAccuracyGateTest {

    @Test
    void injectedErrorsAreCaughtAndCorrectUnitsRarelyFlagged() {
        EnumSet<ErrorInjector.Kind> kinds = EnumSet.allOf(ErrorInjector.Kind.class);
        kinds.remove(ErrorInjector.Kind.MISSPELLING);
        QaAccuracy.Result result = QaAccuracy.measure(QaCorpus.textBerg(), QaCorpus.glossary(), new QualityChecker(null), kinds, 15);
        for (QaAccuracy.KindScore score : result.kinds().values()) {
            assertTrue(score.injected() >= 20, score.kind() + ": too few units to inject into (" + score.injected() + ")");
            assertTrue(score.recall() >= 0.95, score.kind() + " recall " + score.recall() + ", missed " + score.missed());
        }
        assertTrue(result.falseAlarmsPer50() < 1.0, "false alarms per 50 correct units: " + result.falseAlarmsPer50()
                + " " + result.falseAlarmsByCheck());
    }
}
