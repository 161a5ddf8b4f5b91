package org.egmpublisher.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.egmpublisher.model.IndexedList;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClass;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.scenario.ScenarioResult;
import org.egmpublisher.scoring.uncertainty.RankInterval;
import org.egmpublisher.scoring.uncertainty.RankUncertainty;
import org.egmpublisher.scoring.uncertainty.UncertaintyOutcome;

/**
 * Everything the engine computed for one edition: countries in rank order, aggregates, the
 * findings of the consistency checks (e.g. an EGDI that is not the mean of its components), the
 * preset it was scored with, and, where run, the rank-uncertainty analysis and the scenarios.
 *
 * @param decimals the published precision of EGDI, OSI, TII and HCI (the EPI's is
 *                 {@code preset().epiDecimals()})
 * @param findings one sentence each, naming the country, its {@code file:line} and the gap
 * @param uncertaintyOutcome the Monte Carlo analysis, or why there is none; see {@link #uncertainty()}
 * @param scenarios the scenarios of {@code publication.yaml} that apply to this edition
 */
public record EditionScores(int year, int decimals, List<CountryScore> countries, List<Aggregate> aggregates,
                            List<String> findings, EditionPreset preset, ScoreMode mode,
                            UncertaintyOutcome uncertaintyOutcome, List<ScenarioResult> scenarios) {

    /** The look-up key of the rows. */
    private static final Function<CountryScore, String> ISO3 = CountryScore::iso3;

    public EditionScores {
        countries = IndexedList.of(countries, ISO3);
        aggregates = List.copyOf(aggregates);
        findings = List.copyOf(findings);
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(uncertaintyOutcome, "uncertaintyOutcome");
    }

    public Optional<CountryScore> find(String iso3) {
        return ((IndexedList<CountryScore>) countries).find(iso3);
    }

    public CountryScore require(String iso3) {
        return find(iso3).orElseThrow(() -> new NoSuchElementException("no country '" + iso3 + "' in the " + year
                + " scores (" + countries.size() + " countries)"));
    }

    /** How many countries fall in each group, every group present. */
    public Map<Group, Integer> groupCounts() {
        Map<Group, Integer> counts = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            counts.put(g, 0);
        }
        countries.forEach(c -> counts.merge(c.group(), 1, Integer::sum));
        return counts;
    }

    /** How many countries fall in each rating class, every class present. */
    public Map<RatingClass, Integer> ratingClassCounts() {
        Map<RatingClass, Integer> counts = new EnumMap<>(RatingClass.class);
        for (RatingClass c : RatingClass.values()) {
            counts.put(c, 0);
        }
        countries.forEach(c -> counts.merge(c.ratingClass(), 1, Integer::sum));
        return counts;
    }

    public List<Aggregate> aggregates(Aggregate.Kind kind) {
        return aggregates.stream().filter(a -> a.kind() == kind).toList();
    }

    /** The rank-uncertainty analysis, when it was run for this edition. */
    public Optional<RankUncertainty> uncertainty() {
        return uncertaintyOutcome instanceof RankUncertainty u ? Optional.of(u) : Optional.empty();
    }

    /** A country's rank interval (rank_p05, rank_median, rank_p95), when the analysis was run. */
    public Optional<RankInterval> interval(String iso3) {
        return uncertainty().flatMap(u -> u.find(iso3));
    }

    public Optional<ScenarioResult> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The same scores with an uncertainty analysis (or the reason for none). */
    public EditionScores withUncertainty(UncertaintyOutcome outcome) {
        return new EditionScores(year, decimals, countries, aggregates, findings, preset, mode, outcome, scenarios);
    }

    /** The same scores with one more scenario. */
    public EditionScores withScenario(ScenarioResult scenario) {
        if (scenario.edition() != year) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " is for edition " + scenario.edition()
                    + ", not " + year);
        }
        List<ScenarioResult> more = new ArrayList<>(scenarios);
        more.add(scenario);
        return new EditionScores(year, decimals, countries, aggregates, findings, preset, mode, uncertaintyOutcome, more);
    }
}
