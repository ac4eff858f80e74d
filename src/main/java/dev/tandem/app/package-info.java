/**
 * The front door: {@link dev.tandem.app.Workbench} offers the verbs a translator has (import,
 * segment, save, align, export, coverage) and is the one place where the stages are wired together.
 * The CLI and the web layer call only this package.
 */
package dev.tandem.app;
