package org.egmpublisher.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopoJsonTest {

    /**
     * Two arcs forming a unit square, quantised with scale 0.5 and translate (10, 20): arc 0 is
     * (0,0)→(2,0)→(2,2) delta-encoded, arc 1 is (2,2)→(0,2)→(0,0). The second feature walks arc 1
     * reversed (~1 = -2) then arc 0 reversed (~0 = -1).
     */
    static final String SQUARE = """
            {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,20]},
             "arcs":[[[0,0],[2,0],[0,2]],[[2,2],[-2,0],[0,-2]]],
             "objects":{"shapes":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"id":"004","properties":{"name":"Square"}},
               {"type":"MultiPolygon","arcs":[[[-2,-1]]],"properties":{"name":"Backwards"}},
               {"type":null}]}}}""";

    @Test
    void decodesDeltaEncodedQuantisedArcsThroughTheTransform() {
        List<TopoJson.Feature> features = TopoJson.features(SQUARE, "shapes");
        assertEquals(3, features.size());
        TopoJson.Feature square = features.get(0);
        assertEquals("004", square.id());
        assertEquals("Square", square.name());
        TopoJson.Ring ring = square.rings().get(0);
        assertEquals(5, ring.size(), "3 + 3 points, the shared one once");
        double[][] expected = {{10, 20}, {11, 20}, {11, 21}, {10, 21}, {10, 20}};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i][0], ring.lon(i), 1e-12, "lon " + i);
            assertEquals(expected[i][1], ring.lat(i), 1e-12, "lat " + i);
        }
    }

    @Test
    void negativeIndicesWalkArcsBackwards() {
        TopoJson.Ring ring = TopoJson.features(SQUARE, "shapes").get(1).rings().get(0);
        double[][] expected = {{10, 20}, {10, 21}, {11, 21}, {11, 20}, {10, 20}};
        assertEquals(5, ring.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i][0], ring.lon(i), 1e-12);
            assertEquals(expected[i][1], ring.lat(i), 1e-12);
        }
        assertEquals("", TopoJson.features(SQUARE, "shapes").get(1).id(), "no id: empty, not null");
        assertTrue(TopoJson.features(SQUARE, "shapes").get(2).rings().isEmpty(), "null geometry: no rings");
    }

    @Test
    void anUnknownObjectNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TopoJson.features(SQUARE, "countries"));
        assertEquals("the topology has no object 'countries'; it has [shapes]", e.getMessage());
    }

    @Test
    void theShippedWorldHas177CountriesKeyedByM49() throws Exception {
        String json;
        try (InputStream in = TopoJsonTest.class.getResourceAsStream(WorldGeometry.RESOURCE)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<TopoJson.Feature> features = TopoJson.features(json, "countries");
        assertEquals(177, features.size());
        Set<String> unnumbered = features.stream().filter(f -> f.id().isEmpty()).map(TopoJson.Feature::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of("N. Cyprus", "Somaliland", "Kosovo"), unnumbered);
        TopoJson.Feature denmark = features.stream().filter(f -> f.id().equals("208")).findFirst().orElseThrow();
        assertEquals("Denmark", denmark.name());
        for (TopoJson.Feature f : features) {
            for (TopoJson.Ring r : f.rings()) {
                assertEquals(r.lon(0), r.lon(r.size() - 1), 1e-9, f.name() + " rings are closed");
                for (int i = 0; i < r.size(); i++) {
                    assertTrue(Math.abs(r.lon(i)) <= 180 && Math.abs(r.lat(i)) <= 90, f.name());
                }
            }
        }
    }
}
