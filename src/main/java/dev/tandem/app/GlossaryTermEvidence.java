package dev.tandem.app;

import dev.tandem.model.Term;
import dev.tandem.model.TermStatus;
import dev.tandem.model.TextSpan;
import dev.tandem.qa.CheckedUnit;
import dev.tandem.qa.GlossaryEvidence;
import dev.tandem.terms.TermMatch;
import dev.tandem.terms.TermRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The glossary's evidence for the QA checks, from the terms stage: which source terms a unit
 * contains (stemmed), whether one of their allowed translations is in the target (stemmed in the
 * target language), and which forbidden translations the target uses.
 */
public final class GlossaryTermEvidence implements GlossaryEvidence {

    private final List<Term> terms;
    private final TermRecognizer.TermIndex sources;
    private final TermRecognizer.TermIndex targets;

    public GlossaryTermEvidence(List<Term> terms, String from, String to, TermRecognizer recognizer) {
        this.terms = List.copyOf(terms);
        this.sources = recognizer.sourceIndex(this.terms, from);
        this.targets = recognizer.targetIndex(this.terms, to);
    }

    @Override
    public Terms evidence(CheckedUnit unit) {
        List<TermMatch> inTarget = targets.find(unit.target());
        List<ExpectedTerm> expected = new ArrayList<>();
        for (TermMatch match : sources.find(unit.source())) {
            if (match.term().status() == TermStatus.FORBIDDEN
                    || expected.stream().anyMatch(e -> e.term().equals(match.term().source()) && e.source().start() == match.start())) {
                continue;
            }
            // Any allowed translation of the same source term will do (synonyms of one concept).
            List<String> allowed = terms.stream().filter(term -> term.source().equals(match.term().source())
                    && term.status() != TermStatus.FORBIDDEN).map(Term::target).distinct().toList();
            Set<String> allowedSet = Set.copyOf(allowed);
            boolean found = inTarget.stream().anyMatch(hit -> allowedSet.contains(hit.term().target()));
            expected.add(new ExpectedTerm(new TextSpan(match.start(), match.end()), match.term().source(), allowed, found,
                    match.term().partOfSpeech()));
        }
        List<ForbiddenTerm> forbidden = new ArrayList<>();
        for (TermMatch hit : inTarget) {
            if (hit.term().status() == TermStatus.FORBIDDEN) {
                String instead = terms.stream().filter(term -> term.concept().equals(hit.term().concept())
                        && term.status() == TermStatus.PREFERRED).map(Term::target).findFirst().orElse(null);
                forbidden.add(new ForbiddenTerm(new TextSpan(hit.start(), hit.end()), hit.text(), instead));
            }
        }
        return new Terms(expected, forbidden);
    }
}
