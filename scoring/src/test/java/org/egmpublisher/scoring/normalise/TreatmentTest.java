package org.egmpublisher.scoring.normalise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreatmentTest {

    @Test
    void capOf120TruncatesSubscriptionsAsInMethodology16_2() {
        assertArrayEquals(new double[] {120, 110, 80, 40},
                new Treatment.Cap(120).apply(new double[] {135, 110, 80, 40}), 0);
        assertArrayEquals(new double[] {120, 60, 30, 5}, new Treatment.Cap(120).apply(new double[] {125, 60, 30, 5}), 0);
        assertEquals(Optional.of(120.0), new Treatment.Cap(120).cap());
        assertEquals("capped at 120", new Treatment.Cap(120).label());
    }

    @Test
    void winsorisingPullsTheTailsInToTheQuantiles() {
        double[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 100};
        double[] w = new Treatment.Winsorise(0.1, 0.9).apply(v);
        // PERCENTILE.INC: position 0.9 and 8.1 of 9
        assertEquals(0.9, w[0], 1e-12);
        assertEquals(8 + 0.1 * 92, w[9], 1e-12);
        assertEquals(5, w[5], 0);
        assertEquals("winsorised at the 10th and 90th percentiles", new Treatment.Winsorise(0.1, 0.9).label());
    }

    @Test
    void treatmentsKeepMissingValuesMissing() {
        assertTrue(Double.isNaN(new Treatment.Cap(120).apply(new double[] {Double.NaN})[0]));
        assertTrue(Double.isNaN(new Treatment.Winsorise(0, 1).apply(new double[] {1, Double.NaN, 3})[1]));
        assertEquals(Optional.empty(), new Treatment.None().cap());
    }

    @Test
    void refusesWinsorisingBoundsOutOfOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Treatment.Winsorise(0.9, 0.1));
        assertEquals("winsorising needs 0 ≤ lower < upper ≤ 1, got lower 0.9 and upper 0.1", e.getMessage());
    }
}
