package org.egmpublisher.render.map;

import java.awt.geom.Point2D;

/**
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, so a country's
 * share of the map is its share of the world, with straight parallels and a shape close to the
 * Robinson. Coordinates are for a unit sphere with y pointing north.
 */
public final class EqualEarth {

    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;

    /** Half the width of the projected world: x at longitude ±180°, latitude 0. */
    public static final double MAX_X = project(180, 0).x;
    /** Half the height: y at latitude 90°. */
    public static final double MAX_Y = project(0, 90).y;

    private EqualEarth() {
    }

    /** Projects a longitude and latitude in degrees. */
    public static Point2D.Double project(double lonDegrees, double latDegrees) {
        double lambda = Math.toRadians(lonDegrees);
        double phi = Math.toRadians(latDegrees);
        double theta = Math.asin(M * Math.sin(phi));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double x = lambda * Math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return new Point2D.Double(x, y);
    }
}
