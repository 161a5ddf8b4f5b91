package org.egmpublisher.render.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.render.chart.ChartTheme;
import org.egmpublisher.render.chart.ChartThemeTest;
import org.egmpublisher.render.chart.PdfChartFonts;
import org.egmpublisher.render.chart.PdfDrawing;
import org.egmpublisher.render.chart.Svg;
import org.egmpublisher.render.chart.SurveyFixture;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.group.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The 2024 EGDI group map of the bundled example, checked against the data and the geometry. */
class WorldMapTest {

    static EditionScores y2024;
    static WorldMap map;
    static Document svg;
    static List<TopoJson.Feature> features;

    @BeforeAll
    static void build() throws Exception {
        y2024 = SurveyFixture.scores().require(2024);
        map = WorldMap.egdiGroups(y2024);
        svg = Svg.checkAccessibleRoot(map);
        try (InputStream in = WorldMapTest.class.getResourceAsStream(WorldGeometry.RESOURCE)) {
            features = TopoJson.features(new String(in.readAllBytes(), StandardCharsets.UTF_8), "countries");
        }
    }

    static List<Element> countryPaths() {
        return Svg.all(svg, "path").stream()
                .filter(p -> p.getElementsByTagNameNS(Svg.NS, "title").getLength() == 1).toList();
    }

    static String title(Element e) {
        return e.getElementsByTagNameNS(Svg.NS, "title").item(0).getTextContent();
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    @Test
    void theSvgStaysUnder60KilobytesWithQuantisedCoordinates() {
        int bytes = map.svg().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 60_000, "map SVG is " + bytes + " bytes");
        Svg.assertPrecision(svg, 1);
    }

    @Test
    void everyFeatureOfTheGeometryIsOnePathWithAHoverTitle() {
        List<Element> paths = countryPaths();
        assertEquals(features.size(), paths.size());
        for (int i = 0; i < features.size(); i++) {
            TopoJson.Feature f = features.get(i);
            String t = title(paths.get(i));
            assertFalse(paths.get(i).getAttribute("d").isEmpty(), f.name() + " has an outline");
            if (!f.id().isEmpty() && y2024.countries().stream().noneMatch(c -> c.country().m49().equals(f.id()))) {
                assertEquals(f.name() + ": no data", t);
                assertTrue(paths.get(i).getAttribute("fill").startsWith("url(#egdi-map-2024-nodata"));
            }
        }
    }

    @Test
    void eachMemberStateIsFilledWithItsGroupColour() {
        List<Element> paths = countryPaths();
        Map<String, CountryScore> byM49 = y2024.countries().stream()
                .collect(Collectors.toMap(c -> c.country().m49(), c -> c));
        int checked = 0;
        for (int i = 0; i < features.size(); i++) {
            CountryScore c = byM49.get(features.get(i).id());
            if (c == null) {
                continue;
            }
            String expected = hex(ChartTheme.Palette.GROUPS.colour(c.group().ordinal()));
            assertEquals(expected, paths.get(i).getAttribute("fill"), c.country().name());
            assertEquals(c.country().name() + ": EGDI " + String.format(Locale.ROOT, "%.4f", c.egdi()) + ", "
                    + c.group().label(), title(paths.get(i)));
            checked++;
        }
        assertEquals(193 - 28, checked, "every Member State in the geometry");
        Element denmark = paths.get(indexOf("208"));
        assertEquals(hex(ChartTheme.Palette.GROUPS.colour(Group.VERY_HIGH.ordinal())), denmark.getAttribute("fill"));
        assertTrue(title(denmark).startsWith("Denmark: EGDI 0.98"), title(denmark));
    }

    @Test
    void featuresWithoutAnIdTakeTheFillOfTheStateTheUnCountsThemIn() {
        List<Element> paths = countryPaths();
        for (var e : WorldGeometry.UNNUMBERED.entrySet()) {
            int i = features.stream().map(TopoJson.Feature::name).toList().indexOf(e.getKey());
            String parent = y2024.countries().stream().filter(c -> c.country().m49().equals(e.getValue())).findFirst()
                    .orElseThrow().country().name();
            assertTrue(title(paths.get(i)).startsWith(parent + ": EGDI"), title(paths.get(i)));
        }
    }

    @Test
    void memberStatesMissingFromTheGeometryAreDotsWithTheirGroupColour() {
        Set<String> inGeometry = features.stream().map(TopoJson.Feature::id).collect(Collectors.toSet());
        Set<String> missing = SurveyFixture.survey().countries().stream().map(Country::m49)
                .filter(m -> !inGeometry.contains(m)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(28, missing.size(), "PROVENANCE §4: 28 UN members are missing at 1:110m");
        assertEquals(missing, map.shownAsDots().stream().map(MapValue::m49).collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(map.notShown().isEmpty(), "every Member State is an area or a dot");

        List<Element> circles = Svg.all(svg, "circle").stream()
                .filter(c -> c.getElementsByTagNameNS(Svg.NS, "title").getLength() == 1).toList();
        assertEquals(28, circles.size());
        CountryScore singapore = y2024.find("SGP").orElseThrow();
        Element dot = circles.stream().filter(c -> title(c).startsWith("Singapore: ")).findFirst().orElseThrow();
        assertEquals(hex(ChartTheme.Palette.GROUPS.colour(singapore.group().ordinal())), dot.getAttribute("fill"));
        assertEquals("dot", map.table().rows().stream().filter(r -> r.get(0).equals("Singapore")).findFirst()
                .orElseThrow().get(3));
    }

    @Test
    void theLegendStatesTheGroupThresholdsAndTheSummaryCountsTheGroups() {
        List<String> texts = Svg.texts(svg);
        assertTrue(texts.containsAll(List.of("Very High (\u2265 0.75)", "High (0.50\u20130.75)",
                "Middle (0.25\u20130.50)", "Low (< 0.25)", "No data")), texts.toString());
        Map<Group, Integer> counts = y2024.groupCounts();
        assertEquals("Of the 193 Member States mapped, " + counts.get(Group.VERY_HIGH) + " have a Very High EGDI, "
                + counts.get(Group.HIGH) + " High, " + counts.get(Group.MIDDLE) + " Middle and "
                + counts.get(Group.LOW) + " Low.", map.summary());
        assertEquals(193, map.table().rows().size());
        assertEquals(List.of("Country", "EGDI", "Group", "On the map"), map.table().columns());
    }

    @Test
    void groupColoursContrastWithTheMapBackground() {
        Color sphere = Color.decode(MapSvg.SPHERE_FILL);
        for (MapClass c : map.classes()) {
            assertTrue(ChartThemeTest.contrast(c.fill(), sphere) >= 3, c.label());
            assertTrue(ChartThemeTest.contrast(c.fill(), Color.WHITE) >= 3, c.label());
        }
    }

    @Test
    void twoBuildsGiveByteIdenticalSvg() {
        assertEquals(map.svg(), WorldMap.egdiGroups(y2024).svg());
    }

    @Test
    void anyIndexCanBeMappedWithTheSameThresholds() {
        WorldMap osi = WorldMap.indexGroups(y2024, IndexName.OSI);
        assertEquals("osi-map-2024", osi.id());
        CountryScore kenya = y2024.find("KEN").orElseThrow();
        assertEquals(Group.of(kenya.osi()).label(), osi.classOf("404").orElseThrow().label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorldMap.indexGroups(y2024, IndexName.LOSI));
        assertEquals("LOSI has no country values to map; choose EGDI, OSI, TII, HCI or EPI", e.getMessage());
    }

    @Test
    void drawsIntoAPdfAsVectorsWithItsTitleAsText() throws Exception {
        float w = 453;
        float h = w * map.height() / map.width();
        PdfDrawing.Result pdf = PdfDrawing.read(PdfDrawing.draw(map, w, h, new PdfChartFonts()));
        assertEquals(0, pdf.images(), "no image XObjects, the hatch included");
        assertTrue(pdf.text().contains(map.title()), pdf.text());
        assertTrue(pdf.text().contains("Very High (\u2265 0.75)"), "legend as text: " + pdf.text());
    }

    static int indexOf(String m49) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).id().equals(m49)) {
                return i;
            }
        }
        throw new AssertionError("no feature " + m49);
    }
}
