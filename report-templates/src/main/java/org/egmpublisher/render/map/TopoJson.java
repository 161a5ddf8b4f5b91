package org.egmpublisher.render.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes the polygons of a TopoJSON topology (https://github.com/topojson/topojson-specification):
 * arcs are delta-encoded quantised positions, turned into longitude/latitude by the topology's
 * transform; a ring is a list of arc indices, where {@code ~i} (that is {@code -i-1}) means arc
 * {@code i} reversed, and consecutive arcs share their end point.
 */
public final class TopoJson {

    /**
     * One geometry of an object: its {@code id} (empty when absent), {@code properties.name} (empty
     * when absent) and its rings, exterior and holes alike, each closed (first point = last point).
     */
    public record Feature(String id, String name, List<Ring> rings) {

        public Feature {
            rings = List.copyOf(rings);
        }
    }

    /** A closed ring of longitude/latitude positions in degrees. */
    public static final class Ring {

        private final double[] lonLat;

        Ring(double[] lonLat) {
            this.lonLat = lonLat;
        }

        public int size() {
            return lonLat.length / 2;
        }

        public double lon(int i) {
            return lonLat[2 * i];
        }

        public double lat(int i) {
            return lonLat[2 * i + 1];
        }
    }

    private TopoJson() {
    }

    /**
     * The polygon features of object {@code objectName} (a GeometryCollection), in file order.
     * Geometries other than Polygon and MultiPolygon are returned with no rings.
     */
    public static List<Feature> features(String json, String objectName) {
        Map<String, Object> topology = map(Json.parse(json), "the topology");
        if (!"Topology".equals(topology.get("type"))) {
            throw new IllegalArgumentException("not a TopoJSON topology: type is " + topology.get("type"));
        }
        List<double[]> arcs = arcs(topology);
        Map<String, Object> objects = map(topology.get("objects"), "objects");
        Object object = objects.get(objectName);
        if (object == null) {
            throw new IllegalArgumentException("the topology has no object '" + objectName + "'; it has "
                    + objects.keySet());
        }
        List<Feature> out = new ArrayList<>();
        for (Object g : list(map(object, objectName).get("geometries"), objectName + ".geometries")) {
            Map<String, Object> geometry = map(g, "a geometry");
            Object id = geometry.getOrDefault("id", "");
            Object properties = geometry.get("properties");
            Object name = properties instanceof Map<?, ?> p && p.get("name") instanceof String s ? s : "";
            List<Ring> rings = new ArrayList<>();
            Object type = geometry.get("type");
            if ("Polygon".equals(type)) {
                polygon(geometry.get("arcs"), arcs, rings);
            } else if ("MultiPolygon".equals(type)) {
                for (Object polygon : list(geometry.get("arcs"), "MultiPolygon arcs")) {
                    polygon(polygon, arcs, rings);
                }
            }
            out.add(new Feature(id instanceof Double d ? Long.toString(d.longValue()) : id.toString(),
                    name.toString(), rings));
        }
        return out;
    }

    private static void polygon(Object polygon, List<double[]> arcs, List<Ring> rings) {
        for (Object ring : list(polygon, "Polygon arcs")) {
            rings.add(ring(list(ring, "a ring"), arcs));
        }
    }

    private static Ring ring(List<Object> indices, List<double[]> arcs) {
        int total = 0;
        for (Object i : indices) {
            total += arc(i, arcs).length / 2;
        }
        double[] out = new double[2 * total];
        int n = 0;
        for (Object o : indices) {
            int index = ((Double) o).intValue();
            double[] arc = arc(o, arcs);
            int points = arc.length / 2;
            // Each arc after the first starts where the previous one ended: skip that point.
            for (int k = n == 0 ? 0 : 1; k < points; k++) {
                int src = index >= 0 ? k : points - 1 - k;
                out[2 * n] = arc[2 * src];
                out[2 * n + 1] = arc[2 * src + 1];
                n++;
            }
        }
        return new Ring(java.util.Arrays.copyOf(out, 2 * n));
    }

    private static double[] arc(Object index, List<double[]> arcs) {
        if (!(index instanceof Double d) || d != Math.rint(d)) {
            throw new IllegalArgumentException("arc index must be an integer, got " + index);
        }
        int i = d.intValue();
        int k = i >= 0 ? i : ~i;
        if (k >= arcs.size()) {
            throw new IllegalArgumentException("arc index " + i + " out of range; the topology has " + arcs.size()
                    + " arcs");
        }
        return arcs.get(k);
    }

    /** Every arc as absolute lon/lat pairs: undo the delta encoding, then apply the transform. */
    private static List<double[]> arcs(Map<String, Object> topology) {
        double sx = 1;
        double sy = 1;
        double tx = 0;
        double ty = 0;
        boolean quantised = topology.containsKey("transform");
        if (quantised) {
            Map<String, Object> transform = map(topology.get("transform"), "transform");
            List<Object> scale = list(transform.get("scale"), "transform.scale");
            List<Object> translate = list(transform.get("translate"), "transform.translate");
            sx = (Double) scale.get(0);
            sy = (Double) scale.get(1);
            tx = (Double) translate.get(0);
            ty = (Double) translate.get(1);
        }
        List<double[]> out = new ArrayList<>();
        for (Object a : list(topology.get("arcs"), "arcs")) {
            List<Object> positions = list(a, "an arc");
            double[] arc = new double[2 * positions.size()];
            double x = 0;
            double y = 0;
            for (int k = 0; k < positions.size(); k++) {
                List<Object> p = list(positions.get(k), "a position");
                double px = (Double) p.get(0);
                double py = (Double) p.get(1);
                if (quantised) {
                    x += px;
                    y += py;
                } else {
                    x = px;
                    y = py;
                }
                arc[2 * k] = quantised ? x * sx + tx : x;
                arc[2 * k + 1] = quantised ? y * sy + ty : y;
            }
            out.add(arc);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("TopoJSON: " + what + " must be an object, got " + describe(o));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String what) {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new IllegalArgumentException("TopoJSON: " + what + " must be an array, got " + describe(o));
    }

    private static String describe(Object o) {
        return o == null ? "nothing" : o instanceof String s ? "\"" + s + "\"" : o.toString();
    }
}
