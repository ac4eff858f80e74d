/**
 * Normalization: Unicode NFC, whitespace and invisible characters, and the removal of what is not
 * article text (share bars, credits, galleries, repeated titles); and the folding a translator's
 * search expects ({@link dev.tandem.normalize.TextSearch}). Uses ICU4J; never Tika, the
 * store or the web.
 */
package dev.tandem.normalize;
