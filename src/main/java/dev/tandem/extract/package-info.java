/**
 * Extraction: turns a file of any format Tika reads into an {@link dev.tandem.model.Article} of
 * typed blocks plus metadata. For web pages Tika parses and we classify, block by block, what is
 * article body (markup, link and text density, Lucene stop-word density, jusText-style context).
 * The only room that touches Tika and Lucene; it knows nothing of segmentation, storage or the web.
 */
package dev.tandem.extract;
