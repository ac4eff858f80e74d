/**
 * Normalization: Unicode NFC, whitespace and invisible characters, and the removal of what is not
 * article text (share bars, credits, galleries, repeated titles). Uses ICU4J; never Tika, the
 * store or the web.
 */
package dev.tandem.normalize;
