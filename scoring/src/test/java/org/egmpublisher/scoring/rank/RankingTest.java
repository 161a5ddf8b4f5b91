package org.egmpublisher.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void sharedOnRoundedGivesCompetitionRanksOnTheRoundedValue() {
        // Iceland 0.940967 and Sweden 0.941033 share rank 5 in 2022 at 4 decimals
        double[] v = {0.9717, 0.940967, 0.941033, 0.9405};
        assertArrayEquals(new int[] {1, 2, 2, 4}, Ranking.rank(v, TieRule.SHARED_ON_ROUNDED, 4, new int[] {1, 5, 5, 7}));
    }

    @Test
    void uniqueByFullPrecisionOrdersUnroundedValuesThenTheTiebreak() {
        double[] v = {0.6881, 0.6881, 0.69, 0.68};
        assertArrayEquals(new int[] {3, 2, 1, 4},
                Ranking.rank(v, TieRule.UNIQUE_BY_FULL_PRECISION, 4, new int[] {80, 79, 1, 100}));
    }

    @Test
    void binaryNoiseInAMeanOfDecimalsDoesNotBreakATie() {
        double a = (0.1 + 0.2 + 0.4) / 3;
        double b = (0.3 + 0.3 + 0.1) / 3;
        assertEquals(true, a != b);
        assertArrayEquals(new int[] {2, 1}, Ranking.rank(new double[] {a, b}, TieRule.UNIQUE_BY_FULL_PRECISION, 4,
                new int[] {2, 1}));
        assertArrayEquals(new int[] {1, 2}, Ranking.rank(new double[] {a, b}, TieRule.UNIQUE_BY_FULL_PRECISION, 4,
                new int[] {1, 2}));
    }

    @Test
    void roundsHalfUpThroughTheDecimalRepresentation() {
        assertEquals(0.1235, Ranking.round(0.12345, 4));
        assertEquals(1.0, Ranking.round(0.99995, 4));
        assertEquals(0.4572, Ranking.round(0.45721, 4));
    }

    @Test
    void readsThePresetSpellings() {
        assertEquals(TieRule.UNIQUE_BY_FULL_PRECISION, TieRule.fromCode("unique-by-full-precision"));
        assertEquals(RankBasis.COMPONENT_MEAN, RankBasis.fromCode("component-mean"));
    }
}
