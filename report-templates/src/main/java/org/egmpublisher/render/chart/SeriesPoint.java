package org.egmpublisher.render.chart;

/** One value of a series in one Survey edition, e.g. ({@code OSI}, 2022, 0.9797). */
public record SeriesPoint(String series, int year, double value) {

    public SeriesPoint {
        Text.requireText(series, "series name");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(series + " in " + year + " must be a finite number, got " + value);
        }
    }
}
