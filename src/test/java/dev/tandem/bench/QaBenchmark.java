package dev.tandem.bench;

import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.qa.CheckContext;
import dev.tandem.qa.CheckedUnit;
import dev.tandem.qa.LanguageToolCheck;
import dev.tandem.qa.QualityChecker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Precision and recall of the QA checks on injected errors, and false alarms on correct
 * translations (the Text+Berg German → French 1:1 units, {@link QaCorpus}); then what LanguageTool
 * costs: the first check of a language (loading its rules and dictionaries) and a check per unit,
 * as ratios to the rule-based checks measured in the same run, in CPU time of this thread. Run:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.tandem.bench.QaBenchmark}
 * (add {@code -Dexec.args=--examples} to print the misses and false alarms).
 */
public final class QaBenchmark {

    static final long SEED = 15;

    private QaBenchmark() {
    }

    public static void main(String[] args) {
        boolean examples = List.of(args).contains("--examples");
        List<QaCorpus.Pair> pairs = QaCorpus.textBergPairs();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        QualityChecker rules = new QualityChecker(null);
        long rulesStart = threads.getCurrentThreadCpuTime();
        for (QaCorpus.Pair pair : pairs) {
            rules.check(unit(pair), CheckContext.alone());
        }
        long rulesCpu = threads.getCurrentThreadCpuTime() - rulesStart;

        LanguageToolCheck spelling = new LanguageToolCheck();
        long wallStart = System.nanoTime();
        long loadStart = threads.getCurrentThreadCpuTime();
        spelling.check(unit(pairs.get(0)), CheckContext.alone());
        long loadCpu = threads.getCurrentThreadCpuTime() - loadStart;
        long loadWall = System.nanoTime() - wallStart;
        long spellStart = threads.getCurrentThreadCpuTime();
        for (QaCorpus.Pair pair : pairs) {
            spelling.check(unit(pair), CheckContext.alone());
        }
        long spellCpu = threads.getCurrentThreadCpuTime() - spellStart;

        for (QaCorpus.Set set : List.of(QaCorpus.handWritten(), QaCorpus.textBerg())) {
            report(set, QaAccuracy.measure(set, new QualityChecker(spelling), EnumSet.allOf(ErrorInjector.Kind.class), SEED), examples);
        }
        System.out.printf(Locale.ROOT, "%nCPU time (this thread): rule-based checks %.1f ms for %d units (%.3f ms/unit)%n",
                rulesCpu / 1e6, pairs.size(), rulesCpu / 1e6 / pairs.size());
        System.out.printf(Locale.ROOT, "LanguageTool French, first check (loads rules and dictionaries): %.0f ms CPU, %.0f ms wall"
                + " = %.0f× the rule-based checks of all %d units%n", loadCpu / 1e6, loadWall / 1e6, (double) loadCpu / rulesCpu, pairs.size());
        System.out.printf(Locale.ROOT, "LanguageTool French, loaded: %.2f ms/unit = %.0f× the rule-based checks per unit%n",
                spellCpu / 1e6 / pairs.size(), (double) spellCpu / rulesCpu);
    }

    private static void report(QaCorpus.Set set, QaAccuracy.Result result, boolean examples) {
        System.out.printf(Locale.ROOT, "%n%s: %d units, one injected error per unit and kind where it applies%n%n", set.name(), result.cleanUnits());
        System.out.printf(Locale.ROOT, "%-26s %-26s %9s %7s %7s %10s%n", "injected error", "check", "injected", "caught", "recall", "precision");
        for (QaAccuracy.KindScore score : result.kinds().values()) {
            System.out.printf(Locale.ROOT, "%-26s %-26s %9d %7d %7.3f %10.3f%n", score.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    score.kind().check, score.injected(), score.caught(), score.recall(), result.precision(score.kind()));
        }
        System.out.printf(Locale.ROOT, "%-26s %-26s %9d %7d %7.3f %10.3f%n%n", "all", "", result.injected(), result.caught(), result.recall(),
                result.precision());
        System.out.printf(Locale.ROOT, "Findings on the uninjected units: %d on %d of %d units = %.2f per 50 units%n",
                result.falseAlarmCount(), result.cleanUnitsFlagged(), result.cleanUnits(), result.falseAlarmsPer50());
        result.falseAlarmsByCheck().forEach((check, count) -> System.out.printf(Locale.ROOT, "  %-26s %d%n", check, count));
        if (examples) {
            result.kinds().values().forEach(score -> score.missed().forEach(target -> System.out.println("MISSED " + score.kind() + " | " + target)));
            result.falseAlarms().forEach(alarm -> System.out.println("FALSE ALARM " + alarm));
        }
    }

    private static CheckedUnit unit(QaCorpus.Pair pair) {
        return new CheckedUnit("textberg", "u", pair.source(), pair.target(), Status.TRANSLATED, LanguageTag.of("de"), LanguageTag.of("fr"));
    }
}
