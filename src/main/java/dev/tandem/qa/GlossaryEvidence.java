package dev.tandem.qa;

import dev.tandem.model.TextSpan;
import java.util.List;

/** What the glossary says about one unit: which source terms it contains and whether their translations are there. */
@FunctionalInterface
public interface GlossaryEvidence {

    GlossaryEvidence NONE = unit -> new Terms(List.of(), List.of());

    Terms evidence(CheckedUnit unit);

    /** The glossary's view of a unit. */
    record Terms(List<ExpectedTerm> expected, List<ForbiddenTerm> forbidden) {
        public Terms {
            expected = List.copyOf(expected);
            forbidden = List.copyOf(forbidden);
        }
    }

    /**
     * A source term found in the source; {@code found} is false when none of its translations is in
     * the target. {@code partOfSpeech} is the glossary's (null when it says none).
     */
    record ExpectedTerm(TextSpan source, String term, List<String> translations, boolean found, String partOfSpeech) {
        public ExpectedTerm {
            translations = List.copyOf(translations);
        }

        public ExpectedTerm(TextSpan source, String term, List<String> translations, boolean found) {
            this(source, term, translations, found, null);
        }
    }

    /** A forbidden translation used in the target, and what to write instead (null when the glossary has nothing). */
    record ForbiddenTerm(TextSpan target, String term, String instead) {
    }
}
