package dev.tandem.qa;

import dev.tandem.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every check over a unit. The checks, in the order their findings are listed: completeness,
 * numbers and dates, end punctuation, brackets and quotes, spacing, French spacing, repeated words,
 * kept tokens, tags, glossary, consistency, length, and — when given — spelling and grammar.
 * A new check (inline codes, once units carry them) is one more {@link UnitCheck} in this list.
 */
public final class QualityChecker {

    private final List<UnitCheck> checks;

    /**
     * Every check; {@code spelling} is null to leave LanguageTool out (fast tests, benchmark
     * baselines). With it, the glossary check also reads terms' word classes with LanguageTool.
     */
    public QualityChecker(LanguageToolCheck spelling) {
        List<UnitCheck> all = new ArrayList<>(List.of(new CompletenessCheck(), new NumberCheck(), new DateCheck(), new EndPunctuationCheck(),
                new BracketCheck(), new SpacingCheck(), new FrenchSpacingCheck(), new RepeatedWordCheck(),
                new KeptTokenCheck(), new TagCheck(), new GlossaryCheck(spelling == null ? null : new TermUsage(spelling)),
                new ConsistencyCheck(), new LengthCheck()));
        if (spelling != null) {
            all.add(spelling);
        }
        this.checks = List.copyOf(all);
    }

    /** The names of the checks that run. */
    public List<String> checks() {
        return checks.stream().map(UnitCheck::name).toList();
    }

    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (UnitCheck check : checks) {
            findings.addAll(check.check(unit, context));
        }
        return List.copyOf(findings);
    }
}
