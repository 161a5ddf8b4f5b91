package org.egmpublisher.render.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.egmpublisher.render.chart.ChartTheme.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/** Charts of spread: the distribution of an index by region, and rank intervals. */
final class SpreadCharts {

    /** The legend entry of the boxes, which says what they show. */
    static final String BOX_KEY = "Quartiles (box), median (line), range (whiskers)";

    private SpreadCharts() {
    }

    /**
     * Box plot with whiskers from minimum to maximum (no outlier rule to explain), quartiles by
     * linear interpolation (Excel's QUARTILE.INC), and the mean as a separate marker.
     */
    static Chart regionDistribution(String id, String title, String valueLabel, List<RegionValues> regions) {
        Text.requireNonEmpty(regions, "region", id);
        Text.requireText(valueLabel, "value label of chart '" + id + "'");
        requireDistinct(regions.stream().map(RegionValues::region).toList(), id, "region");
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        List<List<String>> rows = new ArrayList<>();
        RegionValues top = null;
        RegionValues bottom = null;
        for (RegionValues r : regions) {
            double[] v = r.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double mean = mean(r);
            double q1 = quantile(v, 0.25);
            double median = quantile(v, 0.5);
            double q3 = quantile(v, 0.75);
            double min = v[0];
            double max = v[v.length - 1];
            boxes.add(new BoxAndWhiskerItem(mean, median, q1, q3, min, max, min, max, List.of()), BOX_KEY,
                    r.region());
            means.addValue(mean, "Mean", r.region());
            rows.add(List.of(r.region(), Integer.toString(v.length), Text.index(min), Text.index(q1),
                    Text.index(median), Text.index(q3), Text.index(max), Text.index(mean)));
            if (top == null || mean > mean(top)) {
                top = r;
            }
            if (bottom == null || mean < mean(bottom)) {
                bottom = r;
            }
        }
        boolean unit = regions.stream().flatMap(r -> r.values().stream()).allMatch(v -> v >= 0 && v <= 1);
        BoxAndWhiskerRenderer boxRenderer = new BoxAndWhiskerRenderer();
        NumberAxis axis = unit ? ChartTheme.indexAxis(valueLabel) : new NumberAxis(valueLabel);
        CategoryPlot plot = new CategoryPlot(boxes, new CategoryAxis(null), axis, boxRenderer);
        LineAndShapeRenderer meanRenderer = new LineAndShapeRenderer(false, true);
        plot.setDataset(1, means);
        plot.setRenderer(1, meanRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = BarCharts.newChart(title, plot, true);
        boxRenderer.setSeriesPaint(0, Palette.CATEGORICAL.colour(6));
        boxRenderer.setFillBox(true);
        boxRenderer.setUseOutlinePaintForWhiskers(true);
        boxRenderer.setDefaultOutlinePaint(ChartTheme.TEXT);
        boxRenderer.setDefaultOutlineStroke(new BasicStroke(1f));
        boxRenderer.setArtifactPaint(ChartTheme.TEXT);
        boxRenderer.setMeanVisible(false);
        boxRenderer.setMedianVisible(true);
        boxRenderer.setMaximumBarWidth(0.12);
        boxRenderer.setWhiskerWidth(0.6);
        meanRenderer.setSeriesPaint(0, ChartTheme.TEXT);
        meanRenderer.setSeriesShape(0, ChartTheme.shape(3));

        String summary = regions.size() == 1
                ? top.region() + " has a mean " + valueLabel + " of " + Text.index(mean(top)) + "."
                : top.region() + " has the highest mean " + valueLabel + ", " + Text.index(mean(top)) + ", and "
                        + bottom.region() + " the lowest, " + Text.index(mean(bottom)) + ".";
        DataTable table = new DataTable(title + ": distribution of country values", List.of("Region", "Countries",
                "Minimum", "Lower quartile", "Median", "Upper quartile", "Maximum", "Mean"), rows);
        return new Chart(id, title, summary, table, BarCharts.WIDTH, BarCharts.HEIGHT, () -> chart,
                Fingerprint.later("regionDistribution", id, title, valueLabel, regions));
    }

    /** The {@code p} quantile of sorted values by linear interpolation between closest ranks. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    static double mean(RegionValues r) {
        return r.values().stream().mapToDouble(Double::doubleValue).sum() / r.values().size();
    }

    static Chart rankIntervals(String id, String title, List<RankInterval> intervals) {
        Text.requireNonEmpty(intervals, "country", id);
        List<RankInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(RankInterval::official).thenComparing(RankInterval::name));
        requireDistinct(sorted.stream().map(RankInterval::name).toList(), id, "country");
        int n = sorted.size();
        String[] names = sorted.stream().map(RankInterval::name).toArray(String[]::new);
        Number[][] starts = {sorted.stream().map(RankInterval::p05).toArray(Number[]::new)};
        Number[][] ends = {sorted.stream().map(RankInterval::p95).toArray(Number[]::new)};
        DefaultIntervalCategoryDataset spans = new DefaultIntervalCategoryDataset(
                new Comparable<?>[] {"5th to 95th percentile"}, names, starts, ends);
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        for (RankInterval r : sorted) {
            points.addValue(r.median(), "Median", r.name());
            points.addValue(r.official(), "Official rank", r.name());
        }
        IntervalBarRenderer spanRenderer = new IntervalBarRenderer();
        CategoryAxis categories = new CategoryAxis(null);
        NumberAxis axis = ChartTheme.countAxis("Rank");
        axis.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(spans, categories, axis, spanRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        LineAndShapeRenderer pointRenderer = new LineAndShapeRenderer(false, true);
        plot.setDataset(1, points);
        plot.setRenderer(1, pointRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = BarCharts.newChart(title, plot, true);
        categories.setCategoryMargin(0.55);
        categories.setMaximumCategoryLabelWidthRatio(0.3f);
        spanRenderer.setSeriesPaint(0, Palette.CATEGORICAL.colour(6));
        spanRenderer.setDrawBarOutline(false);
        pointRenderer.setSeriesPaint(0, ChartTheme.TEXT);
        pointRenderer.setSeriesShape(0, ChartTheme.shape(0));
        pointRenderer.setSeriesPaint(1, Palette.CATEGORICAL.colour(1));
        pointRenderer.setSeriesShape(1, ChartTheme.shape(3));

        RankInterval widest = sorted.get(0);
        RankInterval narrowest = sorted.get(0);
        int inside = 0;
        for (RankInterval r : sorted) {
            if (r.p95() - r.p05() > widest.p95() - widest.p05()) {
                widest = r;
            }
            if (r.p95() - r.p05() < narrowest.p95() - narrowest.p05()) {
                narrowest = r;
            }
            if (r.official() >= r.p05() && r.official() <= r.p95()) {
                inside++;
            }
        }
        String summary = n == 1
                ? widest.name() + " ranks between " + Text.rank(widest.p05()) + " and " + Text.rank(widest.p95())
                        + " in 90% of the simulations; its official rank is " + widest.official() + "."
                : widest.name() + " has the widest rank interval, " + Text.rank(widest.p05()) + " to "
                        + Text.rank(widest.p95()) + ", and " + narrowest.name() + " the narrowest, "
                        + Text.rank(narrowest.p05()) + " to " + Text.rank(narrowest.p95())
                        + "; the official rank lies inside the interval for " + inside + " of " + n + " countries.";
        List<List<String>> rows = sorted.stream().map(r -> List.of(r.name(), Integer.toString(r.official()),
                Text.rank(r.p05()), Text.rank(r.median()), Text.rank(r.p95()))).toList();
        DataTable table = new DataTable(title, List.of("Country", "Official rank", "5th percentile", "Median",
                "95th percentile"), rows);
        return new Chart(id, title, summary, table, BarCharts.WIDTH, BarCharts.rowsHeight(n, 18), () -> chart,
                Fingerprint.later("rankIntervals", id, title, intervals));
    }

    static void requireDistinct(List<String> names, String chart, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("chart '" + chart + "' has " + what + " '" + name
                        + "' twice; give each " + what + " once");
            }
        }
    }
}
