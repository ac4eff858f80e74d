package dev.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.qa.LanguageToolCheck;
import dev.tandem.qa.QualityChecker;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The QA benchmark's accuracy as a fast gate: the rule-based checks on the Text+Berg units with
 * injected errors, and the hand-written units with LanguageTool too (French only: each language
 * takes seconds to load). The full figures come from {@link QaBenchmark}.
 */
class QaAccuracyGateTest {

    private static final EnumSet<ErrorInjector.Kind> RULE_KINDS = EnumSet.complementOf(EnumSet.of(ErrorInjector.Kind.MISSPELLING));

    @Test
    void injectedErrorsInThePublishedTranslationAreCaught() {
        assertCaught(QaAccuracy.measure(QaCorpus.textBerg(), new QualityChecker(null), RULE_KINDS, QaBenchmark.SEED), 20);
    }

    @Test
    void injectedErrorsInTheHandWrittenTranslationsAreCaughtAndItsCorrectUnitsRarelyFlagged() {
        QaAccuracy.Result result = QaAccuracy.measure(QaCorpus.handWritten(), new QualityChecker(null), RULE_KINDS, QaBenchmark.SEED);
        assertCaught(result, 8);
        assertTrue(result.falseAlarmsPer50() < 1.0, "false alarms per 50 correct units: " + result.falseAlarmsPer50()
                + " " + result.falseAlarms());
    }

    @Test
    void withLanguageToolTheHandWrittenCorrectUnitsAreStillRarelyFlaggedAndMisspellingsAreCaught() {
        QaAccuracy.Result result = QaAccuracy.measure(QaCorpus.handWritten(), new QualityChecker(new LanguageToolCheck()),
                EnumSet.of(ErrorInjector.Kind.MISSPELLING), QaBenchmark.SEED);
        assertCaught(result, 8);
        assertTrue(result.falseAlarmsPer50() < 1.0, "false alarms per 50 correct units with LanguageTool: " + result.falseAlarmsPer50()
                + " " + result.falseAlarms());
    }

    private static void assertCaught(QaAccuracy.Result result, int atLeast) {
        for (QaAccuracy.KindScore score : result.kinds().values()) {
            assertTrue(score.injected() >= atLeast, score.kind() + ": too few units to inject into (" + score.injected() + ")");
            assertTrue(score.recall() >= 0.95, score.kind() + " recall " + score.recall() + ", missed " + score.missed());
        }
    }
}
