package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BandedSearchTest {

    private final BandedSearch search = new BandedSearch(BeadShape.GALE_CHURCH);

    /** 1:1 beads are free on the true path (which starts with 300 target-only sentences), costly elsewhere. */
    private static BeadCost pathWithLongInsertion(int inserted) {
        return (i, j, a, b) -> {
            if (a == 1 && b == 1) {
                return j - i == inserted ? 0 : 10;
            }
            if (a == 0 && b == 1) {
                return i == 0 && j < inserted ? 0.1 : 10;
            }
            return 20;
        };
    }

    @Test
    void pathFarOutsideTheFirstBandIsFoundByWidening() {
        int n = 2_000;
        int inserted = 300;
        Band narrow = Band.aroundDiagonal(n, n + inserted, 16);
        BandedSearch.Path path = search.search(narrow, band -> pathWithLongInsertion(inserted));
        int[] expectedSource = IntStream.concat(IntStream.generate(() -> 0).limit(inserted), IntStream.rangeClosed(0, n)).toArray();
        int[] expectedTarget = IntStream.rangeClosed(0, n + inserted).toArray();
        assertArrayEquals(expectedSource, path.source());
        assertArrayEquals(expectedTarget, path.target());
    }

    @Test
    void pathOnTheDiagonalIsFoundInTheFirstBand() {
        Band band = Band.aroundDiagonal(10_000, 10_000, 16);
        BandedSearch.Path path = search.search(band, ignored -> (i, j, a, b) -> a == 1 && b == 1 && i == j ? 0 : 5);
        assertArrayEquals(IntStream.rangeClosed(0, 10_000).toArray(), path.source());
    }
}
