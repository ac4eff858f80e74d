package dev.tandem.bench;

import dev.tandem.app.GlossaryTermEvidence;
import dev.tandem.model.Finding;
import dev.tandem.model.LanguageTag;
import dev.tandem.model.Status;
import dev.tandem.model.Term;
import dev.tandem.qa.CheckContext;
import dev.tandem.qa.CheckedUnit;
import dev.tandem.qa.QualityChecker;
import dev.tandem.qa.TranslationCorpus;
import dev.tandem.terms.TermRecognizer;
import dev.tandem.terms.WordStemmer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores the QA checks on correct translations and on the same translations with one known error
 * injected per unit and kind. An injected error is caught when the check meant for it reports a
 * finding the correct unit did not have. Every finding on a correct unit is a false alarm.
 * Precision of a check = caught / (caught + its false alarms on the correct units).
 */
final class QaAccuracy {

    private static final String DOCUMENT = "bench";

    /** Injected and caught errors of one kind. */
    record KindScore(ErrorInjector.Kind kind, int injected, int caught, List<String> missed) {
        double recall() {
            return injected == 0 ? Double.NaN : (double) caught / injected;
        }
    }

    /** The whole score. */
    record Result(int cleanUnits, int cleanUnitsFlagged, Map<String, Integer> falseAlarmsByCheck, Map<ErrorInjector.Kind, KindScore> kinds,
                  List<String> falseAlarms) {
        int falseAlarmCount() {
            return falseAlarmsByCheck.values().stream().mapToInt(Integer::intValue).sum();
        }

        double falseAlarmsPer50() {
            return 50.0 * falseAlarmCount() / cleanUnits;
        }

        int injected() {
            return kinds.values().stream().mapToInt(KindScore::injected).sum();
        }

        int caught() {
            return kinds.values().stream().mapToInt(KindScore::caught).sum();
        }

        double recall() {
            return (double) caught() / injected();
        }

        double precision(ErrorInjector.Kind kind) {
            KindScore score = kinds.get(kind);
            int alarms = falseAlarmsByCheck.getOrDefault(kind.check, 0);
            return score.caught() + alarms == 0 ? Double.NaN : (double) score.caught() / (score.caught() + alarms);
        }

        double precision() {
            return (double) caught() / (caught() + falseAlarmCount());
        }
    }

    private QaAccuracy() {
    }

    static Result measure(QaCorpus.Set set, QualityChecker checker, Set<ErrorInjector.Kind> kinds, long seed) {
        List<QaCorpus.Pair> pairs = set.pairs();
        List<Term> glossary = set.glossary();
        LanguageTag from = LanguageTag.of(set.from());
        LanguageTag to = LanguageTag.of(set.to());
        TermRecognizer recognizer = new TermRecognizer(new WordStemmer());
        List<TranslationCorpus.Entry> entries = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            entries.add(new TranslationCorpus.Entry(DOCUMENT, "u" + i, pairs.get(i).source(), pairs.get(i).target()));
        }
        CheckContext context = new CheckContext(new TranslationCorpus(entries), new GlossaryTermEvidence(glossary, set.from(), set.to(), recognizer));
        ErrorInjector injector = new ErrorInjector(recognizer.sourceIndex(glossary, set.from()), recognizer.targetIndex(glossary, set.to()));
        Random random = new Random(seed);

        Map<String, Integer> falseAlarms = new TreeMap<>();
        List<String> falseAlarmExamples = new ArrayList<>();
        int flagged = 0;
        Map<ErrorInjector.Kind, int[]> counts = new EnumMap<>(ErrorInjector.Kind.class);
        Map<ErrorInjector.Kind, List<String>> missed = new EnumMap<>(ErrorInjector.Kind.class);
        kinds.forEach(kind -> {
            counts.put(kind, new int[2]);
            missed.put(kind, new ArrayList<>());
        });
        for (int i = 0; i < pairs.size(); i++) {
            QaCorpus.Pair pair = pairs.get(i);
            List<Finding> clean = checker.check(unit(from, to, "u" + i, pair.source(), pair.target()), context);
            if (!clean.isEmpty()) {
                flagged++;
            }
            for (Finding finding : clean) {
                falseAlarms.merge(finding.check(), 1, Integer::sum);
                falseAlarmExamples.add(finding.check() + " | " + pair.target() + " | " + finding.message());
            }
            for (ErrorInjector.Kind kind : kinds) {
                Optional<ErrorInjector.Mutation> mutation = injector.inject(kind, pair, random);
                if (mutation.isEmpty()) {
                    continue;
                }
                ErrorInjector.Mutation m = mutation.get();
                String id = kind == ErrorInjector.Kind.INCONSISTENT_REPETITION ? "twin" + i : "u" + i;
                Set<String> before = (m.source().equals(pair.source()) ? clean
                        : checker.check(unit(from, to, id, m.source(), m.correctTarget()), context)).stream().map(Finding::key).collect(Collectors.toSet());
                boolean caught = checker.check(unit(from, to, id, m.source(), m.target()), context).stream()
                        .anyMatch(finding -> finding.check().equals(kind.check) && !before.contains(finding.key()));
                counts.get(kind)[0]++;
                if (caught) {
                    counts.get(kind)[1]++;
                } else {
                    missed.get(kind).add(m.target());
                }
            }
        }
        Map<ErrorInjector.Kind, KindScore> scores = new EnumMap<>(ErrorInjector.Kind.class);
        counts.forEach((kind, count) -> scores.put(kind, new KindScore(kind, count[0], count[1], List.copyOf(missed.get(kind)))));
        return new Result(pairs.size(), flagged, falseAlarms, scores, falseAlarmExamples);
    }

    private static CheckedUnit unit(LanguageTag from, LanguageTag to, String id, String source, String target) {
        return new CheckedUnit(DOCUMENT, id, source, target, Status.TRANSLATED, from, to);
    }
}
