package dev.tandem.qa;

import dev.tandem.model.Finding;
import dev.tandem.model.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Consistency across the store (like Xbench's and Okapi CheckMate's): the same source translated
 * differently elsewhere, and the same target used for different sources.
 */
final class ConsistencyCheck implements UnitCheck {

    private static final int SHOWN = 2;

    @Override
    public String name() {
        return "consistency";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated() || unit.source().isBlank()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String target = TranslationCorpus.normalized(unit.target());
        Set<String> otherTargets = new LinkedHashSet<>();
        for (TranslationCorpus.Entry entry : context.corpus().sameSource(unit)) {
            if (!TranslationCorpus.normalized(entry.target()).equals(target)) {
                otherTargets.add(TranslationCorpus.normalized(entry.target()));
            }
        }
        if (!otherTargets.isEmpty()) {
            findings.add(Finding.warning("inconsistent-translation", "The same source is translated differently elsewhere: "
                    + shown(otherTargets) + ".", List.of(new TextSpan(0, unit.source().length())),
                    List.of(new TextSpan(0, unit.target().length()))));
        }
        String source = TranslationCorpus.normalized(unit.source());
        Set<String> otherSources = new LinkedHashSet<>();
        for (TranslationCorpus.Entry entry : context.corpus().sameTarget(unit)) {
            if (!TranslationCorpus.normalized(entry.source()).equals(source)) {
                otherSources.add(TranslationCorpus.normalized(entry.source()));
            }
        }
        if (!otherSources.isEmpty()) {
            findings.add(Finding.warning("inconsistent-source", "This translation is also used for a different source: "
                    + shown(otherSources) + ".", List.of(new TextSpan(0, unit.source().length())),
                    List.of(new TextSpan(0, unit.target().length()))));
        }
        return findings;
    }

    private static String shown(Set<String> texts) {
        List<String> quoted = texts.stream().limit(SHOWN).map(text -> "\"" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "\"").toList();
        return String.join(", ", quoted) + (texts.size() > SHOWN ? " and " + (texts.size() - SHOWN) + " more" : "");
    }
}
