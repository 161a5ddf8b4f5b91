package org.egmpublisher.render.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.meeting.Area;
import org.egmpublisher.model.meeting.Poll;
import org.egmpublisher.model.meeting.Recommendation;
import org.egmpublisher.render.chart.ChartTheme.Palette;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.group.Group;

/**
 * The chart catalogue, the front door of this package: one factory per kind of chart, taking plain
 * data records, and convenience factories taking the model and scoring types that feed them. Each
 * factory builds the JFreeChart once, themed by {@link ChartTheme}, and writes the summary and the
 * data table from the same data.
 *
 * <p>Ids must be lower-case words joined by hyphens ({@link SvgElement#ID}); the convenience
 * factories derive them from their input, e.g. {@code egdi-by-region-2024}.
 */
public final class Charts {

    private Charts() {
    }

    // ---- plain data ------------------------------------------------------------------------

    /** Box plot of one index by region (box: quartiles; line: median; dot: mean; whiskers: 1.5 IQR). */
    public static Chart regionDistribution(String id, String title, String valueLabel, List<RegionValues> regions) {
        return SpreadCharts.regionDistribution(id, title, valueLabel, regions);
    }

    /**
     * Stacked bars of countries per group (series, highest group first) in each region (category);
     * coloured with {@link Palette#GROUPS}, so give the groups from Very High down.
     */
    public static Chart groupsByRegion(String id, String title, List<CategoryCount> counts) {
        return BarCharts.groupsByRegion(id, title, counts);
    }

    /**
     * Lines of index values across editions; {@code subject} (e.g. a country name, or blank) names
     * whose values they are in the summary, which follows the first series.
     */
    public static Chart indexHistory(String id, String title, String subject, List<SeriesPoint> points) {
        return XyCharts.indexHistory(id, title, subject, points);
    }

    /**
     * Grouped bars of components (categories) for several series, e.g. a country, its region's
     * average and the world average; the summary compares the first series with the second.
     */
    public static Chart componentComparison(String id, String title, List<ComponentValue> values) {
        return BarCharts.components(id, title, values);
    }

    /** Scatter of {@code y} against {@code x}, markers coloured and shaped by group, in {@code groups} order. */
    public static Chart scatter(String id, String title, String xLabel, String yLabel, String groupLabel,
                                List<String> groups, Palette palette, List<ScatterPoint> points) {
        return XyCharts.scatter(id, title, xLabel, yLabel, groupLabel, groups, palette, points);
    }

    /**
     * Rank intervals from the uncertainty analysis, one row per country in official rank order.
     * The chart grows 18 px per country: pass the countries to show (e.g. the top 30, or a region).
     */
    public static Chart rankIntervals(String id, String title, List<RankInterval> intervals) {
        return SpreadCharts.rankIntervals(id, title, intervals);
    }

    /**
     * Places gained or lost under a scenario, one bar per country, largest gain first.
     * {@code scenario} names it in the summary, e.g. "the equal-weights scenario". The chart grows
     * 16 px per country: pass those to show (e.g. the largest movers).
     */
    public static Chart rankShifts(String id, String title, String scenario, List<RankShift> shifts) {
        return BarCharts.rankShifts(id, title, scenario, shifts);
    }

    /**
     * How often each trend was named in the questionnaire, most often first; {@code unit} is what
     * was counted, in the plural (e.g. "experts", "mentions").
     */
    public static Chart trendCounts(String id, String title, String unit, Map<String, Integer> counts) {
        return BarCharts.trendCounts(id, title, unit, counts);
    }

    /** A poll's options in the order offered, with votes and shares. */
    public static Chart pollResults(String id, String title, List<PollOption> options) {
        return BarCharts.pollResults(id, title, options);
    }

    /** Recommendations stacked by index (series) within each area (category). */
    public static Chart recommendationCounts(String id, String title, List<CategoryCount> counts) {
        return BarCharts.recommendationCounts(id, title, counts);
    }

    // ---- from model and scoring values ------------------------------------------------------

    /** EGDI by region for one edition, regions in name order; id {@code egdi-by-region-YYYY}. */
    public static Chart egdiByRegion(EditionScores edition) {
        Map<String, List<Double>> byRegion = new TreeMap<>();
        edition.countries().forEach(c -> byRegion.computeIfAbsent(c.country().region(), r -> new ArrayList<>())
                .add(c.egdi()));
        List<RegionValues> regions = byRegion.entrySet().stream()
                .map(e -> new RegionValues(e.getKey(), e.getValue())).toList();
        return regionDistribution("egdi-by-region-" + edition.year(), "EGDI by region, " + edition.year(), "EGDI",
                regions);
    }

    /** Countries per EGDI group in each region; id {@code groups-by-region-YYYY}. */
    public static Chart groupsByRegion(EditionScores edition) {
        Map<String, Map<Group, Integer>> counts = new TreeMap<>();
        for (CountryScore c : edition.countries()) {
            counts.computeIfAbsent(c.country().region(), r -> new EnumMap<>(Group.class)).merge(c.group(), 1,
                    Integer::sum);
        }
        List<CategoryCount> cells = new ArrayList<>();
        counts.forEach((region, groups) -> {
            for (Group g : Group.values()) {
                cells.add(new CategoryCount(region, g.label(), groups.getOrDefault(g, 0)));
            }
        });
        return groupsByRegion("groups-by-region-" + edition.year(),
                "Countries by EGDI group and region, " + edition.year(), cells);
    }

    /**
     * A country's EGDI, OSI, TII and HCI across editions, from {@code SurveyScores.history(iso3)};
     * id {@code index-history-ISO3}.
     */
    public static Chart indexHistory(List<CountryScore> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a country history needs at least one edition, got none");
        }
        CountryScore last = history.get(history.size() - 1);
        List<SeriesPoint> points = new ArrayList<>();
        for (IndexName index : List.of(IndexName.EGDI, IndexName.OSI, IndexName.TII, IndexName.HCI)) {
            for (CountryScore c : history) {
                points.add(new SeriesPoint(index.name(), c.year(), value(c, index)));
            }
        }
        String name = last.country().name();
        String span = history.get(0).year() == last.year() ? Integer.toString(last.year())
                : history.get(0).year() + "\u2013" + last.year();
        return indexHistory("index-history-" + last.country().slug(), name + ": EGDI, OSI, TII and HCI, " + span,
                name, points);
    }

    /**
     * A country's EGDI and components against its region's and the world's averages;
     * id {@code components-ISO3-YYYY}.
     */
    public static Chart countryComponents(EditionScores edition, String iso3) {
        CountryScore c = edition.find(iso3).orElseThrow(() -> new NoSuchElementException(
                "no country " + iso3 + " in the " + edition.year() + " scores"));
        String region = c.country().region();
        Aggregate regional = edition.aggregates(Aggregate.Kind.REGION).stream().filter(a -> a.name().equals(region))
                .findFirst().orElseThrow(() -> new NoSuchElementException("no " + edition.year()
                        + " aggregate for region '" + region + "'"));
        Aggregate world = edition.aggregates(Aggregate.Kind.WORLD).stream().findFirst().orElseThrow(
                () -> new NoSuchElementException("no " + edition.year() + " world aggregate"));
        List<ComponentValue> values = new ArrayList<>();
        for (IndexName index : List.of(IndexName.EGDI, IndexName.OSI, IndexName.TII, IndexName.HCI)) {
            values.add(new ComponentValue(index.name(), c.country().name(), value(c, index)));
            values.add(new ComponentValue(index.name(), region + " average", value(regional, index)));
            values.add(new ComponentValue(index.name(), "World average", value(world, index)));
        }
        return componentComparison("components-" + c.country().slug() + "-" + edition.year(),
                c.country().name() + " against " + region + " and the world, " + edition.year(), values);
    }

    /** OSI against TII, coloured by HCI group; id {@code osi-tii-hci-YYYY}. */
    public static Chart indexScatter(EditionScores edition) {
        List<ScatterPoint> points = edition.countries().stream()
                .map(c -> new ScatterPoint(c.country().name(), c.osi(), c.tii(), Group.of(c.hci()).label())).toList();
        List<String> groups = java.util.Arrays.stream(Group.values()).map(Group::label).toList();
        return scatter("osi-tii-hci-" + edition.year(), "OSI against TII, by HCI group, " + edition.year(), "OSI",
                "TII", "HCI group", groups, Palette.GROUPS, points);
    }

    /** A poll's results; id {@code poll-POLLID}, title the poll's question. */
    public static Chart pollResults(Poll poll) {
        List<PollOption> options = poll.options().stream().map(o -> new PollOption(o.label(), o.votes())).toList();
        return pollResults("poll-" + slug(poll.id()), poll.question(), options);
    }

    /**
     * Recommendations by area (all four, in the meeting's order) and index (those that occur, in
     * the Survey's order); id {@code recommendations-by-area}.
     */
    public static Chart recommendationCounts(List<Recommendation> recommendations) {
        Map<Area, Map<IndexName, Integer>> counts = new EnumMap<>(Area.class);
        List<IndexName> used = new ArrayList<>();
        for (Recommendation r : recommendations) {
            counts.computeIfAbsent(r.area(), a -> new EnumMap<>(IndexName.class)).merge(r.index(), 1, Integer::sum);
        }
        for (IndexName i : IndexName.values()) {
            if (counts.values().stream().anyMatch(m -> m.containsKey(i))) {
                used.add(i);
            }
        }
        if (used.isEmpty()) {
            throw new IllegalArgumentException("chart 'recommendations-by-area' needs at least one recommendation");
        }
        List<CategoryCount> cells = new ArrayList<>();
        for (Area a : Area.values()) {
            for (IndexName i : used) {
                cells.add(new CategoryCount(a.label(), i.name(), counts.getOrDefault(a, Map.of()).getOrDefault(i, 0)));
            }
        }
        return recommendationCounts("recommendations-by-area", "Recommendations by area and index", cells);
    }

    private static double value(CountryScore c, IndexName index) {
        return switch (index) {
            case EGDI -> c.egdi();
            case OSI -> c.osi();
            case TII -> c.tii();
            case HCI -> c.hci();
            case EPI -> c.epi();
            case LOSI, OGDI -> throw new IllegalArgumentException(index + " is not a country score");
        };
    }

    private static double value(Aggregate a, IndexName index) {
        return switch (index) {
            case EGDI -> a.egdi();
            case OSI -> a.osi();
            case TII -> a.tii();
            case HCI -> a.hci();
            case EPI -> a.epi();
            case LOSI, OGDI -> throw new IllegalArgumentException(index + " is not an aggregate");
        };
    }

    /** Lower-case words joined by hyphens, for ids made from names. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" : s;
    }
}
