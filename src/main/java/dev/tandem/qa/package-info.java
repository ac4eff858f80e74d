/**
 * Quality checks over one unit or a whole translation: numbers, punctuation, spacing, kept tokens,
 * tags, glossary, consistency, length and (through LanguageTool) spelling and grammar. Each check
 * is a {@link dev.tandem.qa.UnitCheck}; new ones (inline codes, once units carry them) register
 * in {@link dev.tandem.qa.QualityChecker}. Depends on {@code model} and libraries only: glossary
 * evidence comes in through {@link dev.tandem.qa.GlossaryEvidence}, which {@code app} fills from
 * the terms stage.
 */
package dev.tandem.qa;
