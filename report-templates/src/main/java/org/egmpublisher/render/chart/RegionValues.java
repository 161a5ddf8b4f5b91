package org.egmpublisher.render.chart;

import java.util.List;

/** The values of one index for the countries of one region, for a distribution chart. */
public record RegionValues(String region, List<Double> values) {

    public RegionValues {
        Text.requireText(region, "region name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("region '" + region + "' needs at least one value, got none");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("region '" + region + "' has a value that is not a finite number: " + v);
            }
        }
    }
}
