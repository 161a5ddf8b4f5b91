package org.egmpublisher.scoring.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.scoring.mean.Aggregation;

/**
 * A scenario computed beside the official method of its edition.
 *
 * @param weights the scenario's weights divided by their sum, in OSI, TII, HCI, EPI order
 * @param rows one per country, in scenario rank order (then official rank)
 */
public record ScenarioResult(ScenarioSpec spec, int edition, Map<IndexName, Double> weights, Aggregation aggregation,
                             List<ScenarioRow> rows) {

    public ScenarioResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(aggregation, "aggregation");
        weights = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(weights));
        rows = List.copyOf(rows);
    }

    public String id() {
        return spec.id();
    }

    public Optional<ScenarioRow> find(String iso3) {
        return rows.stream().filter(r -> r.iso3().equals(iso3)).findFirst();
    }

    public ScenarioRow require(String iso3) {
        return find(iso3).orElseThrow(() -> new NoSuchElementException("scenario " + spec.id() + " has no country '"
                + iso3 + "'"));
    }

    /** The {@code limit} countries that move most, largest |shift| first, then by scenario rank. */
    public List<ScenarioRow> largestMovers(int limit) {
        return rows.stream().filter(r -> r.shift() != 0)
                .sorted(Comparator.comparingInt((ScenarioRow r) -> -Math.abs(r.shift()))
                        .thenComparingInt(ScenarioRow::scenarioRank).thenComparing(ScenarioRow::iso3))
                .limit(limit).toList();
    }

    /** How many countries change rank. */
    public int changedRanks() {
        return (int) rows.stream().filter(r -> r.shift() != 0).count();
    }

    /** The mean of |shift| over all countries. */
    public double meanAbsoluteShift() {
        return rows.stream().mapToInt(r -> Math.abs(r.shift())).average().orElse(0);
    }
}
