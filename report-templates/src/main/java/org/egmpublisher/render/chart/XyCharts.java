package org.egmpublisher.render.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.egmpublisher.render.chart.ChartTheme.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts on two numeric axes: index values across editions, and one index against another. */
final class XyCharts {

    private XyCharts() {
    }

    private static JFreeChart newChart(String title, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, ChartTheme.titleFont(), plot, legend);
        ChartTheme.apply(chart);
        return chart;
    }

    static Chart indexHistory(String id, String title, String subject, List<SeriesPoint> points) {
        Text.requireNonEmpty(points, "point", id);
        Map<String, XYSeries> series = new LinkedHashMap<>();
        Map<Integer, Map<String, Double>> byYear = new TreeMap<>();
        for (SeriesPoint p : points) {
            XYSeries s = series.computeIfAbsent(p.series(), k -> new XYSeries(k, true, false));
            if (byYear.computeIfAbsent(p.year(), y -> new LinkedHashMap<>()).put(p.series(), p.value()) != null) {
                throw new IllegalArgumentException("chart '" + id + "' has two values of " + p.series() + " in "
                        + p.year() + "; give each once");
            }
            s.add(p.year(), p.value());
        }
        boolean unit = points.stream().allMatch(p -> p.value() >= 0 && p.value() <= 1);
        Supplier<JFreeChart> chart = () -> {
            XYSeriesCollection ds = new XYSeriesCollection();
            series.values().forEach(ds::addSeries);
            NumberAxis years = ChartTheme.countAxis(null);
            years.setAutoRangeIncludesZero(false);
            years.setLowerMargin(0.03);
            years.setUpperMargin(0.03);
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            NumberAxis values = unit ? ChartTheme.indexAxis("Value") : new NumberAxis("Value");
            XYPlot plot = new XYPlot(ds, years, values, renderer);
            JFreeChart made = newChart(title, plot, series.size() > 1);
            ChartTheme.paintSeries(renderer, series.size(), Palette.CATEGORICAL);
            renderer.setDrawOutlines(false);
            renderer.setDrawSeriesLineAsPath(true);
            return made;
        };

        List<String> names = List.copyOf(series.keySet());
        List<String> columns = new ArrayList<>();
        columns.add("Year");
        columns.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        byYear.forEach((year, values) -> {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(year));
            names.forEach(n -> row.add(values.containsKey(n) ? Text.index(values.get(n)) : ""));
            rows.add(row);
        });
        XYSeries first = series.values().iterator().next();
        String what = "The " + first.getKey() + (subject.isBlank() ? "" : " of " + subject);
        int y0 = first.getX(0).intValue();
        int y1 = first.getX(first.getItemCount() - 1).intValue();
        String v0 = Text.index(first.getY(0).doubleValue());
        String v1 = Text.index(first.getY(first.getItemCount() - 1).doubleValue());
        int cmp = Double.compare(Double.parseDouble(v1), Double.parseDouble(v0));
        String summary = y0 == y1 ? what + " was " + v0 + " in " + y0 + "."
                : cmp == 0 ? what + " was " + v0 + " in both " + y0 + " and " + y1 + "."
                : what + (cmp > 0 ? " rose" : " fell") + " from " + v0 + " in " + y0 + " to " + v1 + " in " + y1 + ".";
        DataTable table = new DataTable(title, columns, rows);
        return new Chart(id, title, summary, table, BarCharts.WIDTH, BarCharts.HEIGHT, chart,
                Fingerprint.later("indexHistory", id, title, subject, points));
    }

    static Chart scatter(String id, String title, String xLabel, String yLabel, String groupLabel, List<String> groups,
                         Palette palette, List<ScatterPoint> points) {
        Text.requireNonEmpty(points, "point", id);
        Text.requireNonEmpty(groups, "group", id);
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (String g : groups) {
            if (series.put(g, new XYSeries(g, false, true)) != null) {
                throw new IllegalArgumentException("chart '" + id + "' lists group '" + g + "' twice: " + groups);
            }
        }
        for (ScatterPoint p : points) {
            XYSeries s = series.get(p.group());
            if (s == null) {
                throw new IllegalArgumentException("point '" + p.label() + "' of chart '" + id + "' is in group '"
                        + p.group() + "', which is not one of " + groups);
            }
            s.add(p.x(), p.y());
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        series.values().forEach(ds::addSeries);
        boolean unit = points.stream().allMatch(p -> p.x() >= 0 && p.x() <= 1 && p.y() >= 0 && p.y() <= 1);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(ds, unit ? ChartTheme.indexAxis(xLabel) : new NumberAxis(xLabel),
                unit ? ChartTheme.indexAxis(yLabel) : new NumberAxis(yLabel), renderer);
        JFreeChart chart = newChart(title, plot, true);
        ChartTheme.paintSeries(renderer, groups.size(), palette);
        // Filled markers only: an outline per marker would double the SVG of a 193-country plot.
        renderer.setDrawOutlines(false);

        double r = pearson(points);
        String strength = Math.abs(r) >= 0.7 ? "strongly" : Math.abs(r) >= 0.4 ? "moderately"
                : Math.abs(r) >= 0.1 ? "weakly" : null;
        String summary = "Across " + Text.count(points.size(), "country", "countries") + ", " + xLabel + " and "
                + yLabel + (strength == null ? " are barely correlated"
                        : " are " + strength + (r < 0 ? " negatively" : "") + " correlated")
                + " (Pearson r = " + Text.decimals(r, 2) + ").";
        List<List<String>> rows = points.stream().map(p -> List.of(p.label(), Text.index(p.x()), Text.index(p.y()),
                p.group())).toList();
        DataTable table = new DataTable(title, List.of("Country", xLabel, yLabel, groupLabel), rows);
        return new Chart(id, title, summary, table, BarCharts.WIDTH, 420, () -> chart,
                Fingerprint.later("scatter", id, title, xLabel, yLabel, groupLabel, groups, palette, points));
    }

    static double pearson(List<ScatterPoint> points) {
        int n = points.size();
        double mx = points.stream().mapToDouble(ScatterPoint::x).sum() / n;
        double my = points.stream().mapToDouble(ScatterPoint::y).sum() / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (ScatterPoint p : points) {
            sxy += (p.x() - mx) * (p.y() - my);
            sxx += (p.x() - mx) * (p.x() - mx);
            syy += (p.y() - my) * (p.y() - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
