package org.egmpublisher.render.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts by category and series, both in order of first appearance; missing cells are 0. */
record Crosstab(List<String> categories, List<String> series, int[][] counts) {

    static Crosstab of(List<CategoryCount> cells, String chart) {
        Text.requireNonEmpty(cells, "count", chart);
        Map<String, Integer> categories = new LinkedHashMap<>();
        Map<String, Integer> series = new LinkedHashMap<>();
        for (CategoryCount c : cells) {
            categories.putIfAbsent(c.category(), categories.size());
            series.putIfAbsent(c.series(), series.size());
        }
        int[][] counts = new int[categories.size()][series.size()];
        boolean[][] seen = new boolean[categories.size()][series.size()];
        for (CategoryCount c : cells) {
            int i = categories.get(c.category());
            int j = series.get(c.series());
            if (seen[i][j]) {
                throw new IllegalArgumentException("chart '" + chart + "' has two counts for " + c.category()
                        + " / " + c.series() + "; give each pair once");
            }
            seen[i][j] = true;
            counts[i][j] = c.count();
        }
        return new Crosstab(List.copyOf(categories.keySet()), List.copyOf(series.keySet()), counts);
    }

    int total(int category) {
        int sum = 0;
        for (int v : counts[category]) {
            sum += v;
        }
        return sum;
    }

    /** Category, one column per series, and the total. */
    DataTable table(String caption, String categoryHeader) {
        List<String> columns = new ArrayList<>();
        columns.add(categoryHeader);
        columns.addAll(series);
        columns.add("Total");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (int v : counts[i]) {
                row.add(Integer.toString(v));
            }
            row.add(Integer.toString(total(i)));
            rows.add(row);
        }
        return new DataTable(caption, columns, rows);
    }
}
