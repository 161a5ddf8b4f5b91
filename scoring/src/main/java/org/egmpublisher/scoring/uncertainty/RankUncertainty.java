package org.egmpublisher.scoring.uncertainty;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.egmpublisher.model.publication.UncertaintySpec;

/**
 * The result of the Monte Carlo analysis of one edition.
 *
 * @param intervals one per country, in official rank order
 * @param sensitivity one row per {@link Choice}, the choice that moves ranks most first
 */
public record RankUncertainty(int year, UncertaintySpec spec, List<RankInterval> intervals,
                              List<Sensitivity> sensitivity) implements UncertaintyOutcome {

    public RankUncertainty {
        Objects.requireNonNull(spec, "spec");
        intervals = List.copyOf(intervals);
        sensitivity = List.copyOf(sensitivity);
    }

    public Optional<RankInterval> find(String iso3) {
        return intervals.stream().filter(i -> i.iso3().equals(iso3)).findFirst();
    }

    public RankInterval require(String iso3) {
        return find(iso3).orElseThrow(() -> new NoSuchElementException("no rank interval for '" + iso3
                + "' in the " + year + " uncertainty analysis"));
    }

    /** The choice with the largest mean absolute rank shift. */
    public Choice mostInfluential() {
        return sensitivity.stream().max(Comparator.comparingDouble(Sensitivity::meanAbsoluteRankShift))
                .map(Sensitivity::choice).orElseThrow();
    }

    /** The share of countries whose interval contains their official rank. */
    public double shareContainingOfficialRank() {
        return intervals.stream().filter(i -> i.contains(i.officialRank())).count() / (double) intervals.size();
    }
}
