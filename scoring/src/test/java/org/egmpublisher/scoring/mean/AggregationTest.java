package org.egmpublisher.scoring.mean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.egmpublisher.model.publication.ScenarioSpec;
import org.junit.jupiter.api.Test;

class AggregationTest {

    @Test
    void weightedArithmeticMeanDividesByTheSumOfWeights() {
        assertEquals((0.9 + 0.6 + 0.3) / 3, Aggregation.ARITHMETIC.combine(new double[] {0.9, 0.6, 0.3},
                new double[] {1, 1, 1}), 1e-15);
        assertEquals(0.5 * 0.9 + 0.25 * 0.6 + 0.25 * 0.3, Aggregation.ARITHMETIC.combine(new double[] {0.9, 0.6, 0.3},
                new double[] {2, 1, 1}), 1e-15);
    }

    @Test
    void hciWeightsOfOneThirdAndTwoNinthsSumToOne() {
        double v = Aggregation.ARITHMETIC.combine(new double[] {3, 0, 0, 0}, new double[] {1 / 3.0, 2 / 9.0, 2 / 9.0, 2 / 9.0});
        assertEquals(1.0, v, 1e-15);
    }

    @Test
    void weightedGeometricMeanIsTheProductOfPowers() {
        assertEquals(Math.cbrt(0.8 * 0.4 * 0.2), Aggregation.GEOMETRIC.combine(new double[] {0.8, 0.4, 0.2},
                new double[] {1, 1, 1}), 1e-15);
        assertEquals(Math.pow(0.8, 0.5) * Math.pow(0.4, 0.25) * Math.pow(0.2, 0.25),
                Aggregation.GEOMETRIC.combine(new double[] {0.8, 0.4, 0.2}, new double[] {2, 1, 1}), 1e-15);
    }

    @Test
    void geometricMeanIsNeverAboveTheArithmeticAndIsZeroWhenAComponentIsZero() {
        double[] v = {0.9, 0.5, 0.1};
        double[] w = {1, 1, 1};
        assertEquals(true, Aggregation.GEOMETRIC.combine(v, w) < Aggregation.ARITHMETIC.combine(v, w));
        assertEquals(0.0, Aggregation.GEOMETRIC.combine(new double[] {0.9, 0, 0.5}, w), 0);
    }

    @Test
    void aZeroWeightLeavesItsValueOut() {
        assertEquals(0.5, Aggregation.GEOMETRIC.combine(new double[] {0.5, -3}, new double[] {1, 0}), 1e-15);
    }

    @Test
    void geometricMeanRefusesNegativeValuesSuchAsZScores() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.GEOMETRIC.combine(new double[] {0.5, -0.2}, new double[] {1, 1}));
        assertEquals("the geometric mean needs values ≥ 0, got -0.2; normalise with min-max, rank, distance-to-frontier"
                + " or share-of-maximum first", e.getMessage());
    }

    @Test
    void refusesMissingValuesAndAllZeroWeights() {
        assertThrows(IllegalArgumentException.class,
                () -> Aggregation.ARITHMETIC.combine(new double[] {Double.NaN}, new double[] {1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Aggregation.ARITHMETIC.combine(new double[] {1}, new double[] {0}));
        assertEquals("at least one weight must be positive, got all zero", e.getMessage());
    }

    @Test
    void mapsTheScenarioAggregationAndThePresetSpelling() {
        assertEquals(Aggregation.GEOMETRIC, Aggregation.of(ScenarioSpec.Aggregation.GEOMETRIC));
        assertEquals(Aggregation.ARITHMETIC, Aggregation.fromCode("arithmetic"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Aggregation.fromCode("harmonic"));
        assertEquals("unknown aggregation 'harmonic'; known: arithmetic, geometric", e.getMessage());
    }
}
