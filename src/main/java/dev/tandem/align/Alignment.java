package dev.tandem.align;

import java.util.List;

/** The beads of one alignment, in document order; together they cover both sides exactly once. */
public record Alignment(List<Bead> beads) {

    public Alignment {
        beads = List.copyOf(beads);
        int source = 0;
        int target = 0;
        for (Bead bead : beads) {
            if (bead.sourceStart() != source || bead.targetStart() != target) {
                throw new IllegalArgumentException("beads must be contiguous and in order at source "
                        + source + ", target " + target);
            }
            source = bead.sourceEnd();
            target = bead.targetEnd();
        }
    }

    public static Alignment empty() {
        return new Alignment(List.of());
    }

    /** Every source sentence as a 1:0 bead, then every target sentence as a 0:1 bead. */
    public static Alignment unpaired(int sourceCount, int targetCount) {
        List<Bead> beads = new java.util.ArrayList<>();
        for (int i = 0; i < sourceCount; i++) {
            beads.add(new Bead(i, i + 1, 0, 0, 1.0));
        }
        for (int j = 0; j < targetCount; j++) {
            beads.add(new Bead(sourceCount, sourceCount, j, j + 1, 1.0));
        }
        return new Alignment(beads);
    }

    /** Number of source sentences covered. */
    public int sourceCount() {
        return beads.isEmpty() ? 0 : beads.get(beads.size() - 1).sourceEnd();
    }

    /** Number of target sentences covered. */
    public int targetCount() {
        return beads.isEmpty() ? 0 : beads.get(beads.size() - 1).targetEnd();
    }
}
