package dev.tandem.qa;

import dev.tandem.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Glossary terms of the source whose translation is missing from the target, and forbidden terms
 * used in it. With LanguageTool at hand, a one-word term the sentence uses in another word class
 * (the noun "review" as the verb in "she reviews") is not expected to be translated as the term.
 */
final class GlossaryCheck implements UnitCheck {

    private final TermUsage usage;

    /** {@code usage} is null to look at terms without their word class. */
    GlossaryCheck(TermUsage usage) {
        this.usage = usage;
    }

    @Override
    public String name() {
        return "glossary";
    }

    @Override
    public List<Finding> check(CheckedUnit unit, CheckContext context) {
        if (!unit.translated()) {
            return List.of();
        }
        GlossaryEvidence.Terms terms = context.glossary().evidence(unit);
        List<Finding> findings = new ArrayList<>();
        for (GlossaryEvidence.ExpectedTerm expected : terms.expected()) {
            if (!expected.found() && !expected.translations().isEmpty() && (usage == null || !usage.anotherWordClass(unit, expected))) {
                findings.add(Finding.warning("glossary", "The glossary translates \"" + expected.term() + "\" as "
                        + quoted(expected.translations()) + ", which is not in the translation.", List.of(expected.source()), List.of()));
            }
        }
        for (GlossaryEvidence.ForbiddenTerm forbidden : terms.forbidden()) {
            findings.add(Finding.error("forbidden-term", "\"" + forbidden.term() + "\" is a forbidden term"
                    + (forbidden.instead() == null ? "." : "; the glossary says \"" + forbidden.instead() + "\"."),
                    List.of(), List.of(forbidden.target())));
        }
        return findings;
    }

    private static String quoted(List<String> translations) {
        return String.join(" or ", translations.stream().map(t -> "\"" + t + "\"").toList());
    }
}
