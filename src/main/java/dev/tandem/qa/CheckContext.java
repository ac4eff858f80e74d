package dev.tandem.qa;

/**
 * What the checks of one unit may consult beyond the unit: the store's other translations of the
 * pair (consistency, length calibration) and the glossary's evidence for the unit.
 */
public record CheckContext(TranslationCorpus corpus, GlossaryEvidence glossary) {

    /** A context without store or glossary, for checking a unit on its own. */
    public static CheckContext alone() {
        return new CheckContext(TranslationCorpus.empty(), GlossaryEvidence.NONE);
    }
}
