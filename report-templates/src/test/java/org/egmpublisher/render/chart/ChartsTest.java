package org.egmpublisher.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egmpublisher.render.chart.ChartTheme.Palette;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.group.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every chart of the catalogue, built from the bundled example's real 2024 results where the
 * chart has a scoring source, and from small hand-made inputs otherwise. Expected values are
 * computed here from the same data, not copied from the output.
 */
class ChartsTest {

    static EditionScores y2024() {
        return SurveyFixture.scores().require(2024);
    }

    /** One supplier per chart kind, so each test can build a chart twice. */
    static Stream<Supplier<Chart>> catalogue() {
        return Stream.of(
                () -> Charts.egdiByRegion(y2024()),
                () -> Charts.groupsByRegion(y2024()),
                () -> Charts.indexHistory(SurveyFixture.scores().history("DNK")),
                () -> Charts.countryComponents(y2024(), "KEN"),
                () -> Charts.indexScatter(y2024()),
                ChartsTest::intervals,
                ChartsTest::shifts,
                ChartsTest::trends,
                ChartsTest::poll,
                ChartsTest::recommendations);
    }

    static Chart intervals() {
        return Charts.rankIntervals("rank-intervals", "Rank intervals of the top four", List.of(
                new RankInterval("Estonia", 1, 2, 4, 2), new RankInterval("Denmark", 1, 1, 2, 1),
                new RankInterval("Republic of Korea", 2, 4.5, 9, 4), new RankInterval("Singapore", 2, 3, 6, 7)));
    }

    static Chart shifts() {
        return Charts.rankShifts("rank-shifts", "Rank shifts under equal weights", "the equal-weights scenario",
                List.of(new RankShift("Denmark", 1, 1), new RankShift("Estonia", 2, 4), new RankShift("Singapore", 3, 2),
                        new RankShift("Kenya", 100, 90)));
    }

    static Chart trends() {
        return Charts.trendCounts("trends", "Trends the experts named", "experts", Map.of("Artificial intelligence", 12,
                "Data governance", 9, "Cybersecurity", 9, "Digital inclusion", 5));
    }

    static Chart poll() {
        return Charts.pollResults("poll-osi-areas", "Should the OSI be organised around four areas?",
                List.of(new PollOption("Yes", 14), new PollOption("No", 3), new PollOption("Undecided", 4)));
    }

    static Chart recommendations() {
        return Charts.recommendationCounts("recommendations", "Recommendations by area and index", List.of(
                new CategoryCount("Technology", "OSI", 3), new CategoryCount("Technology", "LOSI", 2),
                new CategoryCount("Content", "OSI", 5), new CategoryCount("Services", "OSI", 7),
                new CategoryCount("Services", "EPI", 2), new CategoryCount("Participation", "EPI", 6)));
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void everyChartIsAnAccessibleWellFormedSvgWithItsTable(Supplier<Chart> build) {
        Chart chart = build.get();
        Document doc = Svg.checkAccessibleRoot(chart);
        Svg.assertPrecision(doc, 3);
        assertTrue(Svg.texts(doc).contains(chart.title()), "the title is drawn as text, not outlines");
        assertTrue(chart.summary().endsWith("."), chart.summary());
        assertFalse(chart.table().rows().isEmpty());
        String svg = chart.svg();
        assertFalse(svg.contains("<image"), "no raster images");
        java.util.regex.Matcher families = java.util.regex.Pattern.compile("font-family: ([^;']*)").matcher(svg);
        int count = 0;
        while (families.find()) {
            assertEquals("DejaVu Sans, sans-serif", families.group(1), "only the shipped face is named");
            count++;
        }
        assertTrue(count > 0);
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void twoBuildsGiveByteIdenticalSvg(Supplier<Chart> build) {
        assertEquals(build.get().svg(), build.get().svg());
    }

    @Test
    void egdiByRegionHasOneBoxPerRegionAndNamesTheHighestAndLowestMean() {
        Map<String, List<Double>> byRegion = y2024().countries().stream().collect(Collectors.groupingBy(
                c -> c.country().region(), TreeMap::new, Collectors.mapping(CountryScore::egdi, Collectors.toList())));
        Map<String, Double> means = new TreeMap<>();
        byRegion.forEach((r, v) -> means.put(r, v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        String top = means.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String bottom = means.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();

        Chart chart = Charts.egdiByRegion(y2024());

        assertEquals("Europe", top, "the example data: Europe has the highest mean EGDI in 2024");
        assertEquals(top + " has the highest mean EGDI, " + four(means.get(top)) + ", and " + bottom
                + " the lowest, " + four(means.get(bottom)) + ".", chart.summary());
        assertEquals("Europe has the highest mean EGDI, 0.8493, and Africa the lowest, 0.4247.", chart.summary(),
                "the issue's example sentence for 2024");
        assertEquals(List.copyOf(byRegion.keySet()), chart.table().rows().stream().map(r -> r.get(0)).toList());
        assertEquals(193, chart.table().rows().stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum());
        List<String> texts = Svg.texts(Svg.parse(chart.svg()));
        byRegion.keySet().forEach(r -> assertTrue(texts.contains(r), "category label " + r));
        String europe = chart.table().rows().stream().filter(r -> r.get(0).equals("Europe")).findFirst().orElseThrow()
                .get(7);
        assertEquals(four(means.get("Europe")), europe);
    }

    @Test
    void groupsByRegionStacksTheFourGroupsInTheGroupColours() {
        Chart chart = Charts.groupsByRegion(y2024());
        assertEquals(List.of("Region", "Very High", "High", "Middle", "Low", "Total"), chart.table().columns());
        Map<String, Long> perRegion = y2024().countries().stream().collect(Collectors.groupingBy(
                c -> c.country().region(), TreeMap::new, Collectors.counting()));
        for (List<String> row : chart.table().rows()) {
            assertEquals(perRegion.get(row.get(0)).toString(), row.get(5), row.get(0));
            int sum = row.subList(1, 5).stream().mapToInt(Integer::parseInt).sum();
            assertEquals(Integer.parseInt(row.get(5)), sum);
        }
        String svg = chart.svg();
        for (Color c : Palette.GROUPS.colours()) {
            assertTrue(svg.contains("fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")"),
                    "group colour " + c);
        }
        List<String> texts = Svg.texts(Svg.parse(svg));
        for (Group g : Group.values()) {
            assertTrue(texts.contains(g.label()), "legend entry " + g.label());
        }
        // The region with the largest share of Very High countries, from the data.
        String best = null;
        double share = -1;
        for (String region : perRegion.keySet()) {
            long vh = y2024().countries().stream().filter(c -> c.country().region().equals(region)
                    && c.group() == Group.VERY_HIGH).count();
            if ((double) vh / perRegion.get(region) > share) {
                share = (double) vh / perRegion.get(region);
                best = region + " has the largest share of its countries in the Very High group, " + vh + " of "
                        + perRegion.get(region) + ".";
            }
        }
        assertEquals(best, chart.summary());
    }

    @Test
    void indexHistoryDrawsFourSeriesOverEveryEdition() {
        List<CountryScore> history = SurveyFixture.scores().history("DNK");
        Chart chart = Charts.indexHistory(history);
        assertEquals(history.size(), chart.table().rows().size());
        assertEquals(List.of("Year", "EGDI", "OSI", "TII", "HCI"), chart.table().columns());
        CountryScore first = history.get(0);
        CountryScore last = history.get(history.size() - 1);
        assertEquals("The EGDI of Denmark " + (last.egdi() > first.egdi() ? "rose" : "fell") + " from "
                + four(first.egdi()) + " in " + first.year() + " to " + four(last.egdi()) + " in " + last.year() + ".",
                chart.summary());
        List<String> texts = Svg.texts(Svg.parse(chart.svg()));
        for (String s : List.of("EGDI", "OSI", "TII", "HCI")) {
            assertTrue(texts.contains(s), "legend entry " + s);
        }
        assertTrue(texts.contains("2024") && !texts.contains("2,024"), "years print without grouping");
        // One line per series (drawn as one path each) in the series colours.
        String svg = chart.svg();
        for (int i = 0; i < 4; i++) {
            Color c = Palette.CATEGORICAL.colour(i);
            assertTrue(svg.contains("stroke:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")"));
        }
    }

    @Test
    void countryComponentsComparesTheCountryWithItsRegionAndTheWorld() {
        Chart chart = Charts.countryComponents(y2024(), "KEN");
        assertEquals(List.of("Index", "Kenya", "Africa average", "World average"), chart.table().columns());
        assertEquals(List.of("EGDI", "OSI", "TII", "HCI"), chart.table().rows().stream().map(r -> r.get(0)).toList());
        CountryScore kenya = y2024().find("KEN").orElseThrow();
        assertEquals(four(kenya.osi()), chart.table().rows().get(1).get(1));
        List<String> above = new ArrayList<>();
        List<String> below = new ArrayList<>();
        for (List<String> row : chart.table().rows()) {
            (Double.parseDouble(row.get(1)) > Double.parseDouble(row.get(2)) ? above : below).add(row.get(0));
        }
        assertTrue(below.isEmpty(), "in 2024 Kenya is above the Africa average on every index: " + below);
        assertEquals("Kenya scores above the Africa average on EGDI, OSI, TII and HCI.", chart.summary());
    }

    @Test
    void indexScatterHasOneMarkerPerCountryAndStatesTheCorrelation() {
        EditionScores e = y2024();
        Chart chart = Charts.indexScatter(e);
        assertEquals(e.countries().size(), chart.table().rows().size());
        Document doc = Svg.parse(chart.svg());
        long markers = Svg.all(doc, "path").stream()
                .map(p -> (Element) p.getParentNode())
                .filter(g -> g.hasAttribute("clip-path") && g.getAttribute("style").contains("fill:rgb("))
                .count();
        assertEquals(e.countries().size(), markers, "one marker per country inside the plot");
        double r = XyCharts.pearson(e.countries().stream().map(c -> new ScatterPoint("x", c.osi(), c.tii(), "g"))
                .toList());
        assertTrue(chart.summary().endsWith("(Pearson r = " + String.format(Locale.ROOT, "%.2f", r) + ")."),
                chart.summary());
        assertTrue(chart.summary().startsWith("Across 193 countries, OSI and TII are"));
    }

    @Test
    void rankIntervalsAreOrderedByOfficialRankAndSummariseTheWidest() {
        Chart chart = intervals();
        assertEquals(List.of("Denmark", "Estonia", "Republic of Korea", "Singapore"),
                chart.table().rows().stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("Republic of Korea", "4", "2", "4.5", "9"), chart.table().rows().get(2));
        assertEquals("Republic of Korea has the widest rank interval, 2 to 9, and Denmark the narrowest, 1 to 2;"
                + " the official rank lies inside the interval for 3 of 4 countries.", chart.summary());
    }

    @Test
    void rankShiftsSortByChangeAndCountGainsAndLosses() {
        Chart chart = shifts();
        assertEquals(List.of("Kenya", "Singapore", "Denmark", "Estonia"),
                chart.table().rows().stream().map(r -> r.get(0)).toList());
        assertEquals("\u22122", chart.table().rows().get(3).get(3));
        assertEquals("Under the equal-weights scenario, 2 countries gain places, 1 loses and 1 keeps its rank;"
                + " Kenya gains most (+10) and Estonia loses most (\u22122).", chart.summary());
    }

    @Test
    void trendCountsAreSortedByCountThenName() {
        Chart chart = trends();
        assertEquals(List.of("Artificial intelligence", "Cybersecurity", "Data governance", "Digital inclusion"),
                chart.table().rows().stream().map(r -> r.get(0)).toList());
        assertEquals("Artificial intelligence is named most often (12 experts), followed by Cybersecurity (9).",
                chart.summary());
        List<String> texts = Svg.texts(Svg.parse(chart.svg()));
        assertTrue(texts.containsAll(List.of("12", "9", "5")), "bar labels: " + texts);
    }

    @Test
    void pollResultsKeepTheOfferedOrderAndShowShares() {
        Chart chart = poll();
        assertEquals(List.of(List.of("Yes", "14", "67%"), List.of("No", "3", "14%"), List.of("Undecided", "4", "19%")),
                chart.table().rows());
        assertEquals("Yes received the most votes, 14 of 21 (67%).", chart.summary());
        assertTrue(Svg.texts(Svg.parse(chart.svg())).contains("14 (67%)"));
    }

    @Test
    void pollTiesNameEveryLeader() {
        Chart chart = Charts.pollResults("poll-tie", "Tie", List.of(new PollOption("A", 5), new PollOption("B", 5),
                new PollOption("C", 2)));
        assertEquals("A and B received the most votes, 5 each of 12 (42% each).", chart.summary());
    }

    @Test
    void recommendationCountsStackIndicesWithinAreas() {
        Chart chart = recommendations();
        assertEquals(List.of("Area", "OSI", "LOSI", "EPI", "Total"), chart.table().columns());
        assertEquals(List.of("Services", "7", "0", "2", "9"), chart.table().rows().get(2));
        assertEquals("Services has the most recommendations, 9, 7 of them on the OSI.", chart.summary());
    }

    @Test
    void pngIsForDownloadAtTheRequestedSize() throws Exception {
        Chart chart = Charts.groupsByRegion(y2024());
        byte[] png = chart.png(1200, 750);
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(750, image.getHeight());
        assertEquals(Color.WHITE.getRGB(), image.getRGB(1, 1));
    }

    @Test
    void badInputsAreRefusedWithTheirValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.pollResults("Poll 1", "Q", List.of(new PollOption("A", 1))));
        assertTrue(e.getMessage().startsWith("figure id 'Poll 1' must be lower-case"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RankInterval("Chad", 5, 3, 9, 4));
        assertEquals("rank interval of Chad must satisfy 1 ≤ p05 ≤ median ≤ p95, got 5.0, 3.0, 9.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Charts.scatter("s", "S", "X", "Y", "G", List.of("a"),
                Palette.CATEGORICAL, List.of(new ScatterPoint("p", 0, 0, "b"))));
        assertEquals("point 'p' of chart 's' is in group 'b', which is not one of [a]", e.getMessage());
    }

    @Test
    void chartIdsPrefixEveryIdSoChartsShareAPage() {
        String a = Charts.egdiByRegion(y2024()).svg();
        String b = Charts.groupsByRegion(y2024()).svg();
        assertTrue(a.contains("id='egdi-by-region-2024-clip-"));
        assertTrue(b.contains("id='groups-by-region-2024-clip-"));
        assertTrue(Stream.of(Charts.egdiByRegion(y2024()), Charts.groupsByRegion(y2024()))
                .map(Chart::width).allMatch(w -> w == 600));
        assertEquals(List.of("egdi-by-region-2024", "groups-by-region-2024"),
                Stream.of(Charts.egdiByRegion(y2024()), Charts.groupsByRegion(y2024())).map(Chart::id)
                        .sorted(Comparator.naturalOrder()).toList());
    }

    static String four(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
