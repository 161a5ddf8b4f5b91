package org.egmpublisher.scoring.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.egmpublisher.model.IndexedList;
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

    /** The look-up key of the rows. */
    private static final Function<ScenarioRow, String> ISO3 = ScenarioRow::iso3;

    public ScenarioResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(aggregation, "aggregation");
        weights = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(weights));
        rows = IndexedList.of(rows, ISO3);
    }

    public String id() {
        return spec.id();
    }

    public Optional<ScenarioRow> find(String iso3) {
        return ((IndexedList<ScenarioRow>) rows).find(iso3);
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
