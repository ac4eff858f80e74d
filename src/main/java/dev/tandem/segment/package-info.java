/**
 * Segmentation: splits a block of normalized text into sentences with exact offsets. ICU4J's
 * sentence iterator proposes breaks; per-language rules (word lists in {@code languages/*.txt})
 * confirm, drop or add them; SRX 2.0 rules read by {@link dev.tandem.segment.SrxReader} override
 * both. Knows nothing of files on disk beyond SRX, documents, the store or the web.
 */
package dev.tandem.segment;
