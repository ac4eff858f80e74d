/**
 * The translation memory: every sentence translated in the store (and reference TMX memories) as a
 * Lucene index for candidate retrieval, OmegaT-style token-level Levenshtein scores, context
 * matches, word differences, concordance and analysis bands. Imports only {@code model}, ICU4J and
 * Lucene; the index is derived data that can always be rebuilt from the store.
 */
package dev.tandem.memory;
