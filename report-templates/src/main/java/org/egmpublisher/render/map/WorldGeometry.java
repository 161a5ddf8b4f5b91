package org.egmpublisher.render.map;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The world as the map draws it, computed once per JVM from the shipped Natural Earth 1:110m
 * TopoJSON and the small-state table: every feature projected with Equal Earth into a
 * {@link #WIDTH} × {@link #HEIGHT} pixel frame and quantised to a grid, so the SVG and the
 * Graphics2D drawing use the very same integers. Immutable after construction.
 *
 * <p>Coordinates are held in tenths of a pixel. Features are snapped to whole pixels, which keeps
 * the SVG small; a feature whose outline would collapse on that grid keeps tenths instead.
 */
final class WorldGeometry {

    static final String RESOURCE = "/org/egmpublisher/render/map/countries-110m.json";
    static final String SMALL_STATES = "/org/egmpublisher/render/map/small-states.csv";

    /** Width of the projected world, in pixels. */
    static final int WIDTH = 624;
    /** Height of the projected world, in pixels. */
    static final int HEIGHT = (int) Math.round(WIDTH * EqualEarth.MAX_Y / EqualEarth.MAX_X);

    /**
     * Features without an id, drawn as part of the Member State the UN counts them in, following UN
     * map practice: N. Cyprus (Cyprus), Somaliland (Somalia), Kosovo (Serbia; UNSCR 1244).
     */
    static final Map<String, String> UNNUMBERED = Map.of("N. Cyprus", "196", "Somaliland", "706", "Kosovo", "688");

    /**
     * One feature of the geometry.
     *
     * @param m49 the three-digit code the fill is looked up by, empty when the feature has none
     * @param name the feature's own short name
     * @param rings closed rings as x, y pairs in tenths of a pixel, the closing point not repeated
     */
    record Outline(String m49, String name, List<int[]> rings) {
    }

    /** A Member State too small for the geometry, placed at its capital. */
    record Dot(String m49, String name, int x, int y) {
    }

    private static final class Holder {
        static final WorldGeometry INSTANCE = load();
    }

    final List<Outline> outlines;
    final Map<String, Dot> dots;
    /** The outline of the projected sphere, tenths of a pixel. */
    final int[] sphere;

    private WorldGeometry(List<Outline> outlines, Map<String, Dot> dots, int[] sphere) {
        this.outlines = List.copyOf(outlines);
        this.dots = Map.copyOf(dots);
        this.sphere = sphere;
    }

    static WorldGeometry get() {
        return Holder.INSTANCE;
    }

    private static WorldGeometry load() {
        List<Outline> outlines = new ArrayList<>();
        for (TopoJson.Feature f : TopoJson.features(read(RESOURCE), "countries")) {
            String m49 = f.id().isEmpty() ? UNNUMBERED.getOrDefault(f.name(), "") : f.id();
            List<double[]> lonLat = new ArrayList<>();
            for (TopoJson.Ring r : f.rings()) {
                lonLat.addAll(Antimeridian.split(r));
            }
            List<int[]> rings = quantise(lonLat, 10);
            if (rings.isEmpty()) {
                rings = quantise(lonLat, 1);
            }
            outlines.add(new Outline(m49, f.name(), rings));
        }
        Map<String, Dot> dots = new LinkedHashMap<>();
        String[] lines = read(SMALL_STATES).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].split(",");
            if (cells.length != 4) {
                throw new IllegalStateException(SMALL_STATES + ":" + (i + 1) + ": expected 4 cells (m49,name,lon,lat), got "
                        + cells.length);
            }
            Point2D.Double p = EqualEarth.project(Double.parseDouble(cells[2]), Double.parseDouble(cells[3]));
            dots.put(cells[0], new Dot(cells[0], cells[1], (int) Math.round(x(p) / 10.0) * 10,
                    (int) Math.round(y(p) / 10.0) * 10));
        }
        List<Double> edge = new ArrayList<>();
        for (int lat = -90; lat <= 90; lat += 5) {
            Point2D.Double p = EqualEarth.project(180, lat);
            edge.add(x(p));
            edge.add(y(p));
        }
        for (int lat = 90; lat >= -90; lat -= 5) {
            Point2D.Double p = EqualEarth.project(-180, lat);
            edge.add(x(p));
            edge.add(y(p));
        }
        int[] sphere = edge.stream().mapToInt(v -> (int) Math.round(v)).toArray();
        return new WorldGeometry(outlines, dots, sphere);
    }

    /** x in tenths of a pixel, not yet snapped. */
    private static double x(Point2D.Double p) {
        return (p.x + EqualEarth.MAX_X) * WIDTH * 10 / (2 * EqualEarth.MAX_X);
    }

    private static double y(Point2D.Double p) {
        return (EqualEarth.MAX_Y - p.y) * WIDTH * 10 / (2 * EqualEarth.MAX_X);
    }

    /**
     * Projects and snaps rings to a grid of {@code step} tenths of a pixel, dropping repeated
     * points and rings that collapse to fewer than three. Empty if every ring collapses.
     */
    private static List<int[]> quantise(List<double[]> lonLatRings, int step) {
        List<int[]> out = new ArrayList<>();
        for (double[] ring : lonLatRings) {
            int[] xy = new int[ring.length];
            int n = 0;
            for (int i = 0; i < ring.length; i += 2) {
                Point2D.Double p = EqualEarth.project(ring[i], ring[i + 1]);
                int x = (int) Math.round(x(p) / step) * step;
                int y = (int) Math.round(y(p) / step) * step;
                if (n > 0 && xy[n - 2] == x && xy[n - 1] == y) {
                    continue;
                }
                xy[n++] = x;
                xy[n++] = y;
            }
            while (n >= 4 && xy[0] == xy[n - 2] && xy[1] == xy[n - 1]) {
                n -= 2;
            }
            n = dropCollinear(xy, n);
            if (n >= 6) {
                out.add(java.util.Arrays.copyOf(xy, n));
            }
        }
        return out;
    }

    /**
     * Removes points that lie on the straight line between their neighbours, which snapping to the
     * grid produces often; the outline drawn is unchanged. The first point is always kept, so the
     * last point is tested against it. Returns the new length.
     */
    private static int dropCollinear(int[] xy, int n) {
        int m = 0;
        int points = n / 2;
        for (int i = 0; i < points; i++) {
            int prev = m >= 2 ? m - 2 : n - 2;
            int next = (2 * i + 2) % n;
            long cross = (long) (xy[2 * i] - xy[prev]) * (xy[next + 1] - xy[2 * i + 1])
                    - (long) (xy[2 * i + 1] - xy[prev + 1]) * (xy[next] - xy[2 * i]);
            if (i == 0 || cross != 0 || points - i + m / 2 <= 3) {
                xy[m++] = xy[2 * i];
                xy[m++] = xy[2 * i + 1];
            }
        }
        return m;
    }

    /** The outline as a path in pixels, even-odd filled so that holes (Lesotho in South Africa) stay open. */
    static Path2D.Float path(List<int[]> rings, double x0, double y0) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        for (int[] r : rings) {
            path.moveTo(x0 + r[0] / 10.0, y0 + r[1] / 10.0);
            for (int i = 2; i < r.length; i += 2) {
                path.lineTo(x0 + r[i] / 10.0, y0 + r[i + 1] / 10.0);
            }
            path.closePath();
        }
        return path;
    }

    private static String read(String resource) {
        try (InputStream in = WorldGeometry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("map resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
