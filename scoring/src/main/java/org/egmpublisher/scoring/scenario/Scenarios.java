package org.egmpublisher.scoring.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.scoring.mean.Aggregation;
import org.egmpublisher.scoring.rank.Ranking;
import org.egmpublisher.scoring.rank.TieRule;

/**
 * Computes a scenario from an edition's published components. Its values are ranked with the
 * edition's own tie rule and precision, exact ties by official rank, so that the official
 * weights with the arithmetic mean give back the official ranks and any shift is the scenario's.
 */
public final class Scenarios {

    /** The components a scenario may weigh. */
    public static final Set<IndexName> COMPONENTS = Set.of(IndexName.OSI, IndexName.TII, IndexName.HCI, IndexName.EPI);

    private static final List<IndexName> ORDER = List.of(IndexName.OSI, IndexName.TII, IndexName.HCI, IndexName.EPI);

    private Scenarios() {
    }

    /** One country's published values, in rank order of the official scores. */
    public record Official(Country country, int rank, double egdi, double osi, double tii, double hci, double epi) {
        double value(IndexName index) {
            return switch (index) {
                case OSI -> osi;
                case TII -> tii;
                case HCI -> hci;
                case EPI -> epi;
                case EGDI, LOSI, OGDI -> throw new IllegalArgumentException(index + " is not a scenario component");
            };
        }
    }

    public static ScenarioResult run(ScenarioSpec spec, List<Official> official, TieRule tieRule, int decimals) {
        Map<IndexName, Double> weights = normalisedWeights(spec);
        Aggregation aggregation = Aggregation.of(spec.aggregation());
        int n = official.size();
        double[] values = new double[n];
        int[] tiebreak = new int[n];
        double[] row = new double[ORDER.size()];
        double[] w = new double[ORDER.size()];
        for (int k = 0; k < ORDER.size(); k++) {
            w[k] = weights.getOrDefault(ORDER.get(k), 0.0);
        }
        for (int i = 0; i < n; i++) {
            Official o = official.get(i);
            for (int k = 0; k < ORDER.size(); k++) {
                row[k] = o.value(ORDER.get(k));
            }
            values[i] = aggregation.combine(row, w);
            tiebreak[i] = o.rank();
        }
        int[] ranks = Ranking.rank(values, tieRule, decimals, tiebreak);
        List<ScenarioRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Official o = official.get(i);
            rows.add(new ScenarioRow(o.country(), o.rank(), o.egdi(), values[i], ranks[i], o.rank() - ranks[i]));
        }
        rows.sort(Comparator.comparingInt(ScenarioRow::scenarioRank).thenComparingInt(ScenarioRow::officialRank)
                .thenComparing(ScenarioRow::iso3));
        return new ScenarioResult(spec, spec.edition(), weights, aggregation, rows);
    }

    /** The scenario's weights divided by their sum; unknown components and bad weights fail, naming the scenario. */
    static Map<IndexName, Double> normalisedWeights(ScenarioSpec spec) {
        double total = 0;
        for (Map.Entry<IndexName, Double> e : spec.weights().entrySet()) {
            if (!COMPONENTS.contains(e.getKey())) {
                throw new IllegalArgumentException("scenario '" + spec.id() + "' weighs " + e.getKey()
                        + "; a scenario may weigh OSI, TII, HCI and EPI");
            }
            double v = e.getValue();
            if (!(v >= 0 && Double.isFinite(v))) {
                throw new IllegalArgumentException("scenario '" + spec.id() + "': weight of " + e.getKey()
                        + " must be a finite number ≥ 0, got " + v);
            }
            total += v;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("scenario '" + spec.id() + "' needs at least one positive weight among"
                    + " OSI, TII, HCI and EPI, got " + spec.weights());
        }
        Map<IndexName, Double> out = new EnumMap<>(IndexName.class);
        for (Map.Entry<IndexName, Double> e : spec.weights().entrySet()) {
            out.put(e.getKey(), e.getValue() / total);
        }
        return out;
    }
}
