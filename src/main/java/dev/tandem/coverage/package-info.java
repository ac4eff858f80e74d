/**
 * Coverage: how much of a document is translated, counted the way translators bill it — source
 * segments, words (ICU4J word boundaries, as GMX-V and UAX #29) and non-whitespace characters, by
 * unit status. Uses only the model and ICU4J; knows nothing of files, JSON libraries or the web.
 */
package dev.tandem.coverage;
