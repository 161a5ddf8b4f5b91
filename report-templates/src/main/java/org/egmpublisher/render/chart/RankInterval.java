package org.egmpublisher.render.chart;

/**
 * A country's rank interval from the uncertainty analysis: the 5th, 50th and 95th percentiles of
 * its simulated ranks (may be fractional) and its official rank.
 */
public record RankInterval(String name, double p05, double median, double p95, int official) {

    public RankInterval {
        Text.requireText(name, "country name");
        if (!(p05 >= 1 && p05 <= median && median <= p95)) {
            throw new IllegalArgumentException("rank interval of " + name
                    + " must satisfy 1 ≤ p05 ≤ median ≤ p95, got " + p05 + ", " + median + ", " + p95);
        }
        if (official < 1) {
            throw new IllegalArgumentException("official rank of " + name + " must be ≥ 1, got " + official);
        }
    }
}
