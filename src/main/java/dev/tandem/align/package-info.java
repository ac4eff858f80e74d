/**
 * Alignment: pairs the sentences of an existing translation with the source sentences as beads
 * (1:1, 1:2, 2:1, 1:0, 0:1, …). Works on plain lists of sentence strings; uses only the JDK and
 * {@code dev.tandem.model}, never another stage (no extraction, segmentation or storage here).
 */
package dev.tandem.align;
