package org.egmpublisher.render.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.egmpublisher.render.chart.ChartTheme.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** The bar charts of the catalogue: stacked counts, grouped values, ranked counts, rank shifts. */
final class BarCharts {

    static final int WIDTH = 600;
    static final int HEIGHT = 375;

    private BarCharts() {
    }

    static JFreeChart newChart(String title, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, ChartTheme.titleFont(), plot, legend);
        ChartTheme.apply(chart);
        return chart;
    }

    /** Height for a chart with one horizontal bar per row. */
    static int rowsHeight(int rows, int perRow) {
        return Math.max(220, 120 + perRow * rows);
    }

    static Chart groupsByRegion(String id, String title, List<CategoryCount> counts) {
        Crosstab t = Crosstab.of(counts, id);
        Supplier<JFreeChart> chart = () -> stacked(title, t, "Countries", PlotOrientation.VERTICAL, Palette.GROUPS);
        String first = t.series().get(0);
        int best = -1;
        double bestShare = -1;
        for (int i = 0; i < t.categories().size(); i++) {
            int total = t.total(i);
            double share = total == 0 ? 0 : (double) t.counts()[i][0] / total;
            if (share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        String summary = t.counts()[best][0] == 0
                ? "No country is in the " + first + " group."
                : t.categories().get(best) + " has the largest share of its countries in the " + first + " group, "
                        + t.counts()[best][0] + " of " + t.total(best) + ".";
        return new Chart(id, title, summary, t.table(title + ": number of countries", "Region"), WIDTH, HEIGHT, chart,
                Fingerprint.later("groupsByRegion", id, title, counts));
    }

    static Chart recommendationCounts(String id, String title, List<CategoryCount> counts) {
        Crosstab t = Crosstab.of(counts, id);
        Supplier<JFreeChart> chart = () -> stacked(title, t, "Recommendations", PlotOrientation.VERTICAL,
                Palette.CATEGORICAL);
        int best = 0;
        for (int i = 1; i < t.categories().size(); i++) {
            if (t.total(i) > t.total(best)) {
                best = i;
            }
        }
        int top = 0;
        for (int j = 1; j < t.series().size(); j++) {
            if (t.counts()[best][j] > t.counts()[best][top]) {
                top = j;
            }
        }
        String summary = t.total(best) == 0 ? "No recommendations were recorded."
                : t.categories().get(best) + " has the most recommendations, " + t.total(best) + ", "
                        + t.counts()[best][top] + " of them on the " + t.series().get(top) + ".";
        return new Chart(id, title, summary, t.table(title + ": number of recommendations", "Area"),
                WIDTH, HEIGHT, chart, Fingerprint.later("recommendationCounts", id, title, counts));
    }

    private static JFreeChart stacked(String title, Crosstab t, String valueLabel, PlotOrientation orientation,
                                      Palette palette) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int i = 0; i < t.categories().size(); i++) {
            for (int j = 0; j < t.series().size(); j++) {
                ds.addValue(t.counts()[i][j], t.series().get(j), t.categories().get(i));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(null), ChartTheme.countAxis(valueLabel), renderer);
        plot.setOrientation(orientation);
        JFreeChart chart = newChart(title, plot, true);
        ChartTheme.paintSeries(renderer, t.series().size(), palette);
        // White gaps between the stacked parts keep neighbouring colours apart.
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(ChartTheme.BACKGROUND);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        renderer.setMaximumBarWidth(0.14);
        return chart;
    }

    static Chart components(String id, String title, List<ComponentValue> values) {
        Text.requireNonEmpty(values, "value", id);
        Map<String, Map<String, Double>> byComponent = new LinkedHashMap<>();
        List<String> series = new ArrayList<>();
        for (ComponentValue v : values) {
            if (!series.contains(v.series())) {
                series.add(v.series());
            }
            if (byComponent.computeIfAbsent(v.component(), k -> new LinkedHashMap<>()).put(v.series(), v.value()) != null) {
                throw new IllegalArgumentException("chart '" + id + "' has two values for " + v.component() + " / "
                        + v.series() + "; give each pair once");
            }
        }
        boolean unit = values.stream().allMatch(v -> v.value() >= 0 && v.value() <= 1);
        Supplier<JFreeChart> chart = () -> {
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            for (String s : series) {
                for (String c : byComponent.keySet()) {
                    Double v = byComponent.get(c).get(s);
                    if (v != null) {
                        ds.addValue(v, s, c);
                    }
                }
            }
            BarRenderer renderer = new BarRenderer();
            NumberAxis axis = unit ? ChartTheme.indexAxis("Value") : new NumberAxis("Value");
            CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis(null), axis, renderer);
            JFreeChart made = newChart(title, plot, series.size() > 1);
            ChartTheme.paintSeries(renderer, series.size(), Palette.CATEGORICAL);
            renderer.setItemMargin(0.06);
            renderer.setMaximumBarWidth(0.08);
            return made;
        };

        List<String> columns = new ArrayList<>();
        columns.add("Index");
        columns.addAll(series);
        List<List<String>> rows = new ArrayList<>();
        byComponent.forEach((c, m) -> {
            List<String> row = new ArrayList<>();
            row.add(c);
            series.forEach(s -> row.add(m.containsKey(s) ? Text.index(m.get(s)) : ""));
            rows.add(row);
        });
        DataTable table = new DataTable(title, columns, rows);
        return new Chart(id, title, componentSummary(series, byComponent), table, WIDTH, HEIGHT, chart,
                Fingerprint.later("components", id, title, values));
    }

    private static String componentSummary(List<String> series, Map<String, Map<String, Double>> byComponent) {
        String subject = series.get(0);
        if (series.size() == 1) {
            Map.Entry<String, Double> hi = null;
            Map.Entry<String, Double> lo = null;
            for (Map.Entry<String, Map<String, Double>> e : byComponent.entrySet()) {
                Double v = e.getValue().get(subject);
                if (v != null && (hi == null || v > hi.getValue())) {
                    hi = Map.entry(e.getKey(), v);
                }
                if (v != null && (lo == null || v < lo.getValue())) {
                    lo = Map.entry(e.getKey(), v);
                }
            }
            return subject + " scores highest on " + hi.getKey() + ", " + Text.index(hi.getValue())
                    + ", and lowest on " + lo.getKey() + ", " + Text.index(lo.getValue()) + ".";
        }
        String reference = series.get(1);
        List<String> above = new ArrayList<>();
        List<String> below = new ArrayList<>();
        List<String> level = new ArrayList<>();
        byComponent.forEach((c, m) -> {
            if (m.containsKey(subject) && m.containsKey(reference)) {
                int cmp = Text.index(m.get(subject)).compareTo(Text.index(m.get(reference)));
                double d = m.get(subject) - m.get(reference);
                (cmp == 0 ? level : d > 0 ? above : below).add(c);
            }
        });
        List<String> parts = new ArrayList<>();
        if (!above.isEmpty()) {
            parts.add("above the " + reference + " on " + Text.join(above));
        }
        if (!below.isEmpty()) {
            parts.add((above.isEmpty() ? "below the " + reference : "below it") + " on " + Text.join(below));
        }
        if (!level.isEmpty()) {
            parts.add((parts.isEmpty() ? "level with the " + reference : "level with it") + " on " + Text.join(level));
        }
        return subject + " scores " + Text.join(parts) + ".";
    }

    static Chart trendCounts(String id, String title, String unit, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("chart '" + id + "' needs at least one trend, got none");
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        for (Map.Entry<String, Integer> e : sorted) {
            Text.requireText(e.getKey(), "trend name");
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("count of trend '" + e.getKey() + "' must be ≥ 0, got " + e.getValue());
            }
        }
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> labels = sorted.stream().map(Map.Entry::getKey).toList();
        List<Integer> values = sorted.stream().map(Map.Entry::getValue).toList();
        Supplier<JFreeChart> chart = () -> horizontal(title, capitalise(unit), labels, values, false);
        Map.Entry<String, Integer> top = sorted.get(0);
        String summary = sorted.size() == 1
                ? top.getKey() + " is named by " + counted(top.getValue(), unit) + "."
                : top.getKey() + " is named most often (" + counted(top.getValue(), unit) + "), followed by "
                        + sorted.get(1).getKey() + " (" + sorted.get(1).getValue() + ").";
        List<List<String>> rows = sorted.stream().map(e -> List.of(e.getKey(), e.getValue().toString())).toList();
        DataTable table = new DataTable(title, List.of("Trend", capitalise(unit)), rows);
        return new Chart(id, title, summary, table, WIDTH, rowsHeight(labels.size(), 26), chart,
                Fingerprint.later("trendCounts", id, title, unit, counts));
    }

    /** "1 answer", "2 answers": a count with its unit, given in the plural. */
    private static String counted(int n, String units) {
        return n + " " + (n == 1 && units.endsWith("s") ? units.substring(0, units.length() - 1) : units);
    }

    static Chart pollResults(String id, String title, List<PollOption> options) {
        Text.requireNonEmpty(options, "poll option", id);
        List<String> labels = options.stream().map(PollOption::label).toList();
        if (labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("chart '" + id + "' has the same option twice: " + labels);
        }
        List<Integer> votes = options.stream().map(PollOption::votes).toList();
        Supplier<JFreeChart> chart = () -> horizontal(title, "Votes", labels, votes, true);
        int total = votes.stream().mapToInt(Integer::intValue).sum();
        int max = votes.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> winners = options.stream().filter(o -> o.votes() == max).map(PollOption::label).toList();
        String summary;
        if (total == 0) {
            summary = "No votes were cast.";
        } else if (winners.size() == 1) {
            summary = winners.get(0) + " received the most votes, " + max + " of " + total + " ("
                    + Text.percent(max, total) + ").";
        } else {
            summary = Text.join(winners) + " received the most votes, " + max + " each of " + total + " ("
                    + Text.percent(max, total) + " each).";
        }
        List<List<String>> rows = options.stream()
                .map(o -> List.of(o.label(), Integer.toString(o.votes()), Text.percent(o.votes(), total))).toList();
        DataTable table = new DataTable(title, List.of("Option", "Votes", "Share"), rows);
        return new Chart(id, title, summary, table, WIDTH, rowsHeight(labels.size(), 30), chart,
                Fingerprint.later("pollResults", id, title, options));
    }

    private static JFreeChart horizontal(String title, String valueLabel, List<String> labels, List<Integer> values,
                                         boolean withShare) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            ds.addValue(values.get(i), valueLabel, labels.get(i));
        }
        BarRenderer renderer = new BarRenderer();
        CategoryAxis categories = new CategoryAxis(null);
        NumberAxis axis = ChartTheme.countAxis(valueLabel);
        axis.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(ds, categories, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = newChart(title, plot, false);
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setCategoryMargin(0.3);
        ChartTheme.paintSeries(renderer, 1, Palette.CATEGORICAL);
        renderer.setDefaultItemLabelGenerator(new CountLabels(withShare));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setMaximumBarWidth(0.2);
        return chart;
    }

    static Chart rankShifts(String id, String title, String scenario, List<RankShift> shifts) {
        Text.requireNonEmpty(shifts, "country", id);
        List<RankShift> sorted = new ArrayList<>(shifts);
        sorted.sort(Comparator.comparingInt(RankShift::change).reversed().thenComparing(RankShift::name));
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (RankShift s : sorted) {
            ds.addValue(Math.max(s.change(), 0), "Gains places", s.name());
            ds.addValue(Math.min(s.change(), 0), "Loses places", s.name());
        }
        if (ds.getColumnCount() != sorted.size()) {
            throw new IllegalArgumentException("chart '" + id + "' names a country twice; give each country once");
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryAxis categories = new CategoryAxis(null);
        CategoryPlot plot = new CategoryPlot(ds, categories,
                ChartTheme.countAxis("Places gained (+) or lost (\u2212)"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = newChart(title, plot, true);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        ChartTheme.paintSeries(renderer, 2, Palette.DIVERGING);

        long gains = sorted.stream().filter(s -> s.change() > 0).count();
        long losses = sorted.stream().filter(s -> s.change() < 0).count();
        long same = sorted.size() - gains - losses;
        StringBuilder summary = new StringBuilder("Under " + scenario + ", ")
                .append(Text.count((int) gains, "country gains", "countries gain")).append(" places, ")
                .append(losses).append(losses == 1 ? " loses and " : " lose and ").append(same).append(same == 1 ? " keeps its" : " keep their")
                .append(" rank");
        RankShift best = sorted.get(0);
        RankShift worst = sorted.get(sorted.size() - 1);
        if (best.change() > 0) {
            summary.append("; ").append(best.name()).append(" gains most (").append(Text.signed(best.change())).append(')');
        }
        if (worst.change() < 0) {
            summary.append(best.change() > 0 ? " and " : "; ").append(worst.name()).append(" loses most (")
                    .append(Text.signed(worst.change())).append(')');
        }
        summary.append('.');
        List<List<String>> rows = sorted.stream().map(s -> List.of(s.name(), Integer.toString(s.baseline()),
                Integer.toString(s.scenario()), Text.signed(s.change()))).toList();
        DataTable table = new DataTable(title, List.of("Country", "Rank (published)", "Rank (" + scenario + ")",
                "Change"), rows);
        return new Chart(id, title, summary.toString(), table, WIDTH, rowsHeight(sorted.size(), 16), () -> chart,
                Fingerprint.later("rankShifts", id, title, scenario, shifts));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Bar labels: the count, and with {@code share} its percentage of the series total, e.g. "12 (60%)". */
    private record CountLabels(boolean share) implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            int value = dataset.getValue(row, column).intValue();
            if (!share) {
                return Integer.toString(value);
            }
            int total = 0;
            for (int c = 0; c < dataset.getColumnCount(); c++) {
                total += dataset.getValue(row, c).intValue();
            }
            return value + " (" + Text.percent(value, total) + ")";
        }
    }
}
