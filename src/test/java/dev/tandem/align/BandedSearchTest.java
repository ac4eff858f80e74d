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

    /** Costs that look random but are never below a per-shape floor, so the floor is a true bound. */
    private static double scatteredCost(int i, int j, int a, int b) {
        long h = (i * 1_000_003L + j) * 31 + a * 7 + b;
        h ^= h >>> 17;
        h *= 0x9E3779B97F4A7C15L;
        return a + b + ((h >>> 40) % 1000) / 100.0 + (a == 1 && b == 1 ? Math.abs(i - j) * 0.01 : 0);
    }

    @Test
    void skippingBeadsThatCannotWinGivesTheSamePath() {
        BandedSearch extended = new BandedSearch(BeadShape.EXTENDED);
        BeadCost plain = BandedSearchTest::scatteredCost;
        BeadCost bounded = new BeadCost() {
            @Override
            public double cost(int i, int j, int a, int b) {
                return scatteredCost(i, j, a, b);
            }

            @Override
            public double lowerBound(int a, int b) {
                return a + b;
            }
        };
        Band band = Band.aroundDiagonal(3_000, 3_300, 24);

        BandedSearch.Path expected = extended.bestPath(band, plain);
        BandedSearch.Path actual = extended.bestPath(band, bounded);

        assertArrayEquals(expected.source(), actual.source());
        assertArrayEquals(expected.target(), actual.target());
    }
}
