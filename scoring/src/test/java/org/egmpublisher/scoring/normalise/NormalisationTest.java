package org.egmpublisher.scoring.normalise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-computed vectors; the capped TII columns of METHODOLOGY.md §16.2. */
class NormalisationTest {

    private static final double[] MOBILE_CAPPED = {120, 110, 80, 40};
    private static final double[] INTERNET = {95, 70, 40, 10};
    private static final double[] BROADBAND_CAPPED = {120, 60, 30, 5};
    private static final double[] FIXED = {40, 20, 5, 0.5};

    @Test
    void zScoreUsesThePopulationStandardDeviationOfMethodology16_2() {
        double[] z = new Normalisation.ZScore(Deviation.POPULATION).apply(MOBILE_CAPPED);
        // mean 87.5, population SD 31.124749
        assertArrayEquals(new double[] {32.5 / 31.124749, 22.5 / 31.124749, -7.5 / 31.124749, -47.5 / 31.124749}, z, 1e-6);
        assertEquals(0, z[0] + z[1] + z[2] + z[3], 1e-12);
    }

    @Test
    void sampleStandardDeviationDividesByNMinusOne() {
        double[] pop = new Normalisation.ZScore(Deviation.POPULATION).apply(INTERNET);
        double[] sample = new Normalisation.ZScore(Deviation.SAMPLE).apply(INTERNET);
        for (int i = 0; i < 4; i++) {
            assertEquals(pop[i] * Math.sqrt(3.0 / 4.0), sample[i], 1e-12);
        }
        assertEquals(31.893377, (95 - 53.75) / pop[0], 1e-6);
    }

    @Test
    void meanOfPopulationZScoresGivesTheTiiRawOfMethodology16_2() {
        double[][] z = zScores(Deviation.POPULATION);
        double[] raw = mean(z);
        assertArrayEquals(new double[] {1.352982, 0.403228, -0.490625, -1.265586}, raw, 1e-6);
        assertArrayEquals(new double[] {1.0, 0.637300, 0.295948, 0.0}, new Normalisation.MinMax().apply(raw), 1e-6);
    }

    @Test
    void sampleSdChangesTiiRawButNotTheTiiAfterMinMax() {
        double[] raw = mean(zScores(Deviation.SAMPLE));
        assertArrayEquals(new double[] {1.171717, 0.349206, -0.424894, -1.096029}, raw, 1e-6);
        assertArrayEquals(new double[] {1.0, 0.637300, 0.295948, 0.0}, new Normalisation.MinMax().apply(raw), 1e-6);
    }

    @Test
    void zScoreThenMinMaxEqualsMinMaxAloneForOneIndicator() {
        Normalisation minMax = new Normalisation.MinMax();
        double[] viaZ = minMax.apply(new Normalisation.ZScore(Deviation.POPULATION).apply(FIXED));
        assertArrayEquals(minMax.apply(FIXED), viaZ, 1e-12);
    }

    @Test
    void zScoreThenMinMaxDiffersFromMinMaxAloneForAMeanOfSeveralIndicators() {
        Normalisation minMax = new Normalisation.MinMax();
        double[] viaZ = minMax.apply(mean(zScores(Deviation.POPULATION)));
        double[] viaMinMax = minMax.apply(mean(new double[][] {minMax.apply(MOBILE_CAPPED), minMax.apply(INTERNET),
                minMax.apply(BROADBAND_CAPPED), minMax.apply(FIXED)}));
        // B: z-scores give 0.637300; min-max first gives (70/80 + 60/85 + 55/115 + 19.5/39.5) / 4
        assertEquals(0.637300, viaZ[1], 1e-6);
        assertEquals((70 / 80.0 + 60 / 85.0 + 55 / 115.0 + 19.5 / 39.5) / 4, viaMinMax[1], 1e-12);
        assertEquals(0.638204, viaMinMax[1], 1e-6);
        assertFalse(Math.abs(viaZ[1] - viaMinMax[1]) < 1e-4);
        assertFalse(Math.abs(viaZ[2] - viaMinMax[2]) < 1e-4);
    }

    @Test
    void minMaxPutsTheLowestAtZeroAndTheHighestAtOneAndTurnsLowerIsBetterRound() {
        assertArrayEquals(new double[] {0, 0.25, 1}, new Normalisation.MinMax().apply(new double[] {2, 3, 6}), 1e-12);
        assertArrayEquals(new double[] {1, 0.75, 0}, new Normalisation.MinMax().apply(new double[] {2, 3, 6},
                Direction.LOWER_IS_BETTER), 1e-12);
    }

    @Test
    void zScoreOfALowerIsBetterIndicatorChangesSign() {
        Normalisation z = new Normalisation.ZScore(Deviation.POPULATION);
        double[] up = z.apply(FIXED);
        double[] down = z.apply(FIXED, Direction.LOWER_IS_BETTER);
        for (int i = 0; i < 4; i++) {
            assertEquals(-up[i], down[i], 1e-12);
        }
    }

    @Test
    void rankGivesOneToTheLowestAndTheMeanRankToTies() {
        assertArrayEquals(new double[] {4, 1, 2.5, 2.5}, new Normalisation.Rank().apply(new double[] {9, 1, 5, 5}), 0);
        assertArrayEquals(new double[] {1, 4, 2.5, 2.5}, new Normalisation.Rank().apply(new double[] {9, 1, 5, 5},
                Direction.LOWER_IS_BETTER), 0);
    }

    @Test
    void distanceToFrontierIsTheShareOfTheLeadersValue() {
        assertArrayEquals(new double[] {1, 0.5, 0}, new Normalisation.DistanceToFrontier().apply(new double[] {8, 4, 0}),
                1e-12);
        assertArrayEquals(new double[] {0.5, 1, 0.25}, new Normalisation.DistanceToFrontier().apply(new double[] {4, 2, 8},
                Direction.LOWER_IS_BETTER), 1e-12);
    }

    @Test
    void shareOfMaximumDividesByTheFixedMaximumNotByTheData() {
        Normalisation share = new Normalisation.ShareOfMaximum(86);
        assertArrayEquals(new double[] {43 / 86.0, 0.25}, share.apply(new double[] {43, 21.5}), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> share.apply(new double[] {90}));
        assertEquals("value 90.0 lies outside 0–86, the points available", e.getMessage());
    }

    @Test
    void missingValuesAreIgnoredByTheStatisticsAndStayMissing() {
        double[] v = new Normalisation.MinMax().apply(new double[] {2, Double.NaN, 6});
        assertEquals(0, v[0]);
        assertTrue(Double.isNaN(v[1]));
        assertEquals(1, v[2]);
        double[] r = new Normalisation.Rank().apply(new double[] {2, Double.NaN, 6});
        assertArrayEquals(new double[] {1, Double.NaN, 2}, r, 0);
    }

    @Test
    void aColumnOfEqualValuesIsAnErrorNotAColumnOfZeros() {
        IllegalArgumentException minMax = assertThrows(IllegalArgumentException.class,
                () -> new Normalisation.MinMax().apply(new double[] {3, 3}));
        assertEquals("min-max needs at least two distinct values, got 2 present value(s) between 3.0 and 3.0",
                minMax.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Normalisation.ZScore(Deviation.POPULATION).apply(new double[] {3, 3}));
    }

    @Test
    void noneCannotTurnALowerIsBetterIndicatorRound() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Normalisation.None().apply(new double[] {1, 2}, Direction.LOWER_IS_BETTER));
        assertTrue(e.getMessage().startsWith("normalisation 'none' cannot turn a lower-is-better indicator round"));
    }

    @Test
    void readsThePresetSpellingsAndListsThemForAnUnknownOne() {
        assertEquals(new Normalisation.ZScore(Deviation.POPULATION), Normalisation.fromCode("z-score"));
        assertEquals(new Normalisation.ZScore(Deviation.SAMPLE), Normalisation.fromCode("z-score-sample"));
        assertEquals("min-max", Normalisation.fromCode("min-max").code());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Normalisation.fromCode("minmax"));
        assertEquals("unknown normalisation 'minmax'; known: none, z-score, z-score-sample, min-max, rank,"
                + " distance-to-frontier, {share-of-maximum: N}", e.getMessage());
    }

    private static double[][] zScores(Deviation deviation) {
        Normalisation z = new Normalisation.ZScore(deviation);
        return new double[][] {z.apply(MOBILE_CAPPED), z.apply(INTERNET), z.apply(BROADBAND_CAPPED), z.apply(FIXED)};
    }

    private static double[] mean(double[][] columns) {
        double[] out = new double[columns[0].length];
        for (double[] c : columns) {
            for (int i = 0; i < out.length; i++) {
                out[i] += c[i] / columns.length;
            }
        }
        return out;
    }
}
