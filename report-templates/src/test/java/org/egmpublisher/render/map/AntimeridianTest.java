package org.egmpublisher.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AntimeridianTest {

    static TopoJson.Ring ring(double... lonLat) {
        return new TopoJson.Ring(lonLat);
    }

    @Test
    void aRingThatDoesNotCrossIsKept() {
        List<double[]> out = Antimeridian.split(ring(0, 0, 10, 0, 10, 10, 0, 0));
        assertEquals(1, out.size());
        assertEquals(6, out.get(0).length, "three points, the closing one dropped");
    }

    @Test
    void anIslandAcrossTheDateLineIsCutIntoTwoHalves() {
        // A square from 178°E to 178°W (182° unwrapped), between 10°S and 12°S.
        List<double[]> out = Antimeridian.split(ring(178, -10, -178, -10, -178, -12, 178, -12, 178, -10));
        assertEquals(2, out.size());
        for (double[] part : out) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int i = 0; i < part.length; i += 2) {
                min = Math.min(min, part[i]);
                max = Math.max(max, part[i]);
            }
            assertTrue(max - min <= 2.0 + 1e-9, "each half spans 2°, not the whole map: " + min + ".." + max);
            assertTrue(min == 178 || max == -178, min + ".." + max);
        }
    }

    @Test
    void aRingRoundThePoleIsClosedAlongThePoleLine() {
        List<double[]> out = Antimeridian.split(ring(-180, -80, 0, -70, 180, -80, -180, -80));
        assertEquals(1, out.size());
        double[] r = out.get(0);
        assertEquals(-90, r[r.length - 3], 1e-12, "down to the pole at +180");
        assertEquals(-90, r[r.length - 1], 1e-12, "and back at -180");
    }
}
