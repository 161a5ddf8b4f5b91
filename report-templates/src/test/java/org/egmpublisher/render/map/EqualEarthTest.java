package org.egmpublisher.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class EqualEarthTest {

    @Test
    void theCentreStaysAndTheWorldIsSymmetric() {
        assertEquals(0, EqualEarth.project(0, 0).x, 1e-15);
        assertEquals(0, EqualEarth.project(0, 0).y, 1e-15);
        Point2D.Double p = EqualEarth.project(40, 30);
        assertEquals(-p.x, EqualEarth.project(-40, 30).x, 1e-15);
        assertEquals(-p.y, EqualEarth.project(40, -30).y, 1e-15);
    }

    @Test
    void theEquatorEndsAtPiOverTheFirstCoefficient() {
        // On the equator theta = 0, so x = lambda / (M * A1).
        assertEquals(Math.PI / (Math.sqrt(3) / 2 * 1.340264), EqualEarth.MAX_X, 1e-12);
        assertEquals(2.0550, EqualEarth.MAX_X / EqualEarth.MAX_Y, 5e-4, "width to height, about 2.05:1");
    }

    @Test
    void itIsEqualAreaTheWholeWorldProjectsTo4Pi() {
        // The boundary: the meridian +180 from south to north, then -180 from north to south.
        int n = 20_000;
        double[] xs = new double[2 * n + 2];
        double[] ys = new double[2 * n + 2];
        for (int i = 0; i <= n; i++) {
            Point2D.Double p = EqualEarth.project(180, -90 + 180.0 * i / n);
            xs[i] = p.x;
            ys[i] = p.y;
            Point2D.Double q = EqualEarth.project(-180, 90 - 180.0 * i / n);
            xs[n + 1 + i] = q.x;
            ys[n + 1 + i] = q.y;
        }
        double area = 0;
        for (int i = 0; i < xs.length; i++) {
            int j = (i + 1) % xs.length;
            area += xs[i] * ys[j] - xs[j] * ys[i];
        }
        assertEquals(4 * Math.PI, Math.abs(area) / 2, 1e-3, "the area of the unit sphere");
    }

    @Test
    void aBandOfLatitudeKeepsItsShareOfTheSphere() {
        // On the unit sphere the band from 0° to 30°N has area 2π (sin 30° − sin 0°) = π.
        double band = bandArea(0, 30);
        assertEquals(2 * Math.PI * (Math.sin(Math.toRadians(30)) - 0), band, 1e-3);
    }

    private static double bandArea(double lat0, double lat1) {
        // Parallels are straight and horizontal: integrate the width over y.
        int n = 4000;
        double area = 0;
        for (int i = 0; i < n; i++) {
            double a = lat0 + (lat1 - lat0) * i / n;
            double b = lat0 + (lat1 - lat0) * (i + 1) / n;
            Point2D.Double pa = EqualEarth.project(180, a);
            Point2D.Double pb = EqualEarth.project(180, b);
            area += (pa.x + pb.x) * (pb.y - pa.y); // width 2x, trapezoid
        }
        return area;
    }
}
