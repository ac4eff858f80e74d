/**
 * The command line (picocli): import, extract, segment, serve and the rest. Every command exits 0
 * on success, 1 when a gate fails, 2 with one line on stderr for bad input; never a stack trace.
 */
package dev.tandem.cli;
