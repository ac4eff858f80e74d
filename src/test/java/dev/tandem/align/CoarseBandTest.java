package dev.tandem.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoarseBandTest {

    /**
     * 10,000 source sentences translated with the bead mix of real translations (mostly 1:1, a few
     * splits, joins, omissions and additions, at random), so the true path wanders off the diagonal
     * like a random walk. Fills the two length lists and returns the true path as {i, j} points.
     */
    private static List<int[]> wanderingTranslation(List<Double> source, List<Double> target) {
        Random random = new Random(11);
        List<int[]> path = new ArrayList<>();
        path.add(new int[] {0, 0});
        while (source.size() < 10_000) {
            double roll = random.nextDouble();
            int a = roll < 0.04 ? 2 : roll < 0.075 ? 0 : 1;
            int b = roll >= 0.04 && roll < 0.08 ? 2 : roll >= 0.08 && roll < 0.115 ? 0 : 1;
            double total = 0;
            for (int k = 0; k < a; k++) {
                double length = 20 + random.nextInt(180);
                source.add(length);
                total += length;
            }
            for (int k = 0; k < b; k++) {
                double length = a == 0 ? 20 + random.nextInt(180) : total * 1.1 / b;
                target.add(length + random.nextGaussian() * Math.sqrt(length));
            }
            path.add(new int[] {source.size(), target.size()});
        }
        return path;
    }

    @Test
    void firstBandFollowsATranslationThatWandersOffTheDiagonal() {
        List<Double> source = new ArrayList<>();
        List<Double> target = new ArrayList<>();
        List<int[]> truePath = wanderingTranslation(source, target);
        LengthModel lengths = new LengthModel(1.1, LengthModel.GALE_CHURCH_VARIANCE);
        Band diagonal = Band.aroundDiagonal(source.size(), target.size(), 32);
        assertFalse(truePath.stream().allMatch(point -> diagonal.contains(point[0], point[1])),
                "the test text must leave a diagonal band of the same width");

        Band band = new CoarseBand(lengths).around(array(source), array(target), 32);

        for (int[] point : truePath) {
            assertTrue(band.contains(point[0], point[1]), "true path leaves the band at " + point[0] + "," + point[1]);
        }
        assertTrue(band.size() <= 70L * (source.size() + 1), "band holds " + band.size() + " cells");
    }

    @Test
    void shortTextsStartFromTheDiagonal() {
        double[] lengths = new double[40];
        Arrays.fill(lengths, 50);

        Band band = new CoarseBand(new LengthModel(1, LengthModel.GALE_CHURCH_VARIANCE)).around(lengths, lengths, 8);

        for (int i = 0; i <= 40; i++) {
            assertTrue(band.lo(i) == Math.max(0, i - 8) && band.hi(i) == Math.min(40, i + 8), "row " + i);
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
