package dev.tandem.app;

import dev.tandem.model.BeadLink;
import java.util.List;

/**
 * Two lists of sentences aligned: the beads in document order, and the same beads as text, one a
 * line ({@code [i, j]:[k]}, the form of the Bleualign/Vecalign gold files).
 */
public record SentenceAlignment(List<String> source, List<String> target, List<BeadLink> beads, String beadLines) {
    public SentenceAlignment {
        source = List.copyOf(source);
        target = List.copyOf(target);
        beads = List.copyOf(beads);
    }
}
