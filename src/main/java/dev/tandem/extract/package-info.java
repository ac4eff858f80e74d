/**
 * Extraction: turns a file of any format Tika reads into an {@link dev.tandem.model.Article} of
 * typed blocks plus metadata. The only room that touches Tika; it knows nothing of segmentation,
 * storage or the web.
 */
package dev.tandem.extract;
