/**
 * The store: documents and translations as pretty, stable JSON under {@code translations/}, written
 * atomically, with per-unit revisions that refuse stale saves. Owns the one Jackson configuration;
 * knows nothing of Tika, ICU or the web.
 */
package dev.tandem.store;
