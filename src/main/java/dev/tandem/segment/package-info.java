/**
 * Segmentation: splits a block of normalized text into sentences with ICU4J, returning exact
 * offsets. Knows nothing of files, documents on disk or the web.
 */
package dev.tandem.segment;
