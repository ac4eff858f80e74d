package dev.tandem.align;

import java.util.List;

/** How many source ({@code a}) and target ({@code b}) sentences a bead holds. */
record BeadShape(int a, int b) {

    /** The shapes of Gale and Church (1993). */
    static final List<BeadShape> GALE_CHURCH = List.of(
            new BeadShape(1, 1), new BeadShape(1, 0), new BeadShape(0, 1),
            new BeadShape(2, 1), new BeadShape(1, 2), new BeadShape(2, 2));

    /** Gale–Church shapes plus the 1:3, 3:1, 2:3, 3:2, 1:4 and 4:1 merges real translations contain. */
    static final List<BeadShape> EXTENDED = List.of(
            new BeadShape(1, 1), new BeadShape(1, 0), new BeadShape(0, 1),
            new BeadShape(2, 1), new BeadShape(1, 2), new BeadShape(2, 2),
            new BeadShape(3, 1), new BeadShape(1, 3), new BeadShape(3, 2), new BeadShape(2, 3),
            new BeadShape(4, 1), new BeadShape(1, 4));
}
