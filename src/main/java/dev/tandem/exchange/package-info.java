/**
 * Bilingual exchange: writers and readers for TMX 1.4b, XLIFF 1.2, XLIFF 2.1, CSV/TSV, bilingual
 * HTML and the translated article (text, Markdown), and the import that fills a translation's
 * targets from such a file. Works on model records only; never touches the store or other stages.
 */
package dev.tandem.exchange;
