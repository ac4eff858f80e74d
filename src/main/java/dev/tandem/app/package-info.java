/**
 * The front door: {@link dev.tandem.app.Workbench} wires the stages once and offers one small
 * service per verb group ({@link dev.tandem.app.Pipeline} without the store; documents,
 * translations, alignments, exchange, coverage over it). The CLI and the web layer call only this
 * package and see only {@code model} records and this package's result records.
 */
package dev.tandem.app;
