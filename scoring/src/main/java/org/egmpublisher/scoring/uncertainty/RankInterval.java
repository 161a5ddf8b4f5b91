package org.egmpublisher.scoring.uncertainty;

import java.util.Objects;

/**
 * A country's ranks across the Monte Carlo draws: the 5th percentile (best plausible), the
 * median and the 95th percentile (worst plausible), by the nearest-rank method, and the mean.
 *
 * @param officialRank the rank the edition published
 */
public record RankInterval(String iso3, int officialRank, int p05, int median, int p95, double meanRank) {

    public RankInterval {
        Objects.requireNonNull(iso3, "iso3");
        if (!(1 <= p05 && p05 <= median && median <= p95)) {
            throw new IllegalArgumentException("rank percentiles of " + iso3 + " must satisfy 1 ≤ p05 ≤ median ≤ p95, got "
                    + p05 + ", " + median + ", " + p95);
        }
    }

    /** Whether {@code rank} lies within the 5th–95th percentile interval. */
    public boolean contains(int rank) {
        return p05 <= rank && rank <= p95;
    }

    /** The number of ranks the interval spans, 1 for a country that never moves. */
    public int width() {
        return p95 - p05 + 1;
    }
}
