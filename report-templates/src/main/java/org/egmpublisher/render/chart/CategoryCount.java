package org.egmpublisher.render.chart;

/**
 * A count in a two-way table: e.g. the countries of region {@code category} in group
 * {@code series}, or the recommendations on area {@code category} about index {@code series}.
 */
public record CategoryCount(String category, String series, int count) {

    public CategoryCount {
        Text.requireText(category, "category");
        Text.requireText(series, "series");
        if (count < 0) {
            throw new IllegalArgumentException("count of " + category + " / " + series + " must be ≥ 0, got " + count);
        }
    }
}
