package org.egmpublisher.scoring.uncertainty;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.egmpublisher.model.IndexedList;
import org.egmpublisher.model.publication.UncertaintySpec;

/**
 * The result of the Monte Carlo analysis of one edition.
 *
 * @param intervals one per country, in official rank order
 * @param sensitivity one row per {@link Choice}, the choice that moves ranks most first
 */
public record RankUncertainty(int year, UncertaintySpec spec, List<RankInterval> intervals,
                              List<Sensitivity> sensitivity) implements UncertaintyOutcome {

    /** The look-up key of the rows. */
    private static final Function<RankInterval, String> ISO3 = RankInterval::iso3;

    public RankUncertainty {
        Objects.requireNonNull(spec, "spec");
        intervals = IndexedList.of(intervals, ISO3);
        sensitivity = List.copyOf(sensitivity);
    }

    public Optional<RankInterval> find(String iso3) {
        return ((IndexedList<RankInterval>) intervals).find(iso3);
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
