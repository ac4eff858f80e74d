/**
 * Terminology: glossaries of terms per language pair (TBX and CSV/TSV in and out) and recognition
 * of terms, inflected forms included, in a text. Depends on {@code model} and libraries only
 * (Lucene's analyzers for stemming, the JDK's XML parser, Jackson's CSV module); never on another stage.
 */
package dev.tandem.terms;
