package org.egmpublisher.render.chart;

/**
 * One bar of a grouped bar chart: the value of {@code component} (e.g. {@code OSI}) for
 * {@code series} (e.g. {@code Denmark}, {@code Europe average}).
 */
public record ComponentValue(String component, String series, double value) {

    public ComponentValue {
        Text.requireText(component, "component");
        Text.requireText(series, "series");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(component + " of " + series + " must be a finite number, got " + value);
        }
    }
}
