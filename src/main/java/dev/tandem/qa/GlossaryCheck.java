package dev.tandem.qa;

import dev.tandem.model.Finding;
import java.util.ArrayList;
import java.util.List;

/** Glossary terms of the source whose translation is missing from the target, and forbidden terms used in it. */
final class GlossaryCheck implements UnitCheck {

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
            if (!expected.found() && !expected.translations().isEmpty()) {
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
