package org.egmpublisher.render.chart;

/** One country in a scatter plot: its two values and the group that colours its marker. */
public record ScatterPoint(String label, double x, double y, String group) {

    public ScatterPoint {
        Text.requireText(label, "point label");
        Text.requireText(group, "group of " + label);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException(label + " needs finite x and y, got " + x + ", " + y);
        }
    }
}
