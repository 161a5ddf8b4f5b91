package org.egmpublisher.scoring.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.preset.Indicator;
import org.egmpublisher.scoring.preset.Node;

/**
 * Computes index values from raw indicator values, following a preset's tree: for each indicator
 * its treatment (e.g. the cap of 120) and normalisation (e.g. z-score) across the entities; for
 * each index the weighted mean of its children (after the missing-value strategy), then its own
 * normalisation (e.g. min-max).
 *
 * <p>Raw values come as {@code entity → indicator id → value}; a missing indicator is an absent
 * key, never a zero. Entities are processed in sorted order, so results do not depend on map order.
 */
public final class IndexTree {

    private IndexTree() {
    }

    /**
     * The EGDI (with OSI, TII and HCI and their indicators) and the EPI of an edition, for every
     * country in {@code values} (ISO3 → indicator id → raw value).
     */
    public static IndexValues compute(EditionPreset preset, Map<String, Map<String, Double>> values) {
        if (!preset.hasMethod()) {
            throw new IllegalArgumentException("preset " + preset.id() + " has published values only; it cannot compute"
                    + " from indicators. Editions with a method: 2018, 2020, 2022, 2024");
        }
        return compute(List.of(preset.requireIndex(IndexName.EGDI), preset.requireIndex(IndexName.EPI)), values);
    }

    /** One index tree (e.g. a preset's TII, or its LOSI over cities). */
    public static IndexValues compute(Composite index, Map<String, Map<String, Double>> values) {
        return compute(List.of(index), values);
    }

    /** Several index trees over the same entities. */
    public static IndexValues compute(List<Composite> indices, Map<String, Map<String, Double>> values) {
        List<String> entities = new ArrayList<>(new TreeSet<>(values.keySet()));
        if (entities.size() < 2) {
            throw new IllegalArgumentException("need raw values for at least two entities to normalise, got "
                    + entities.size());
        }
        Run run = new Run(entities, values);
        for (Composite index : indices) {
            run.evaluate(index);
        }
        return new IndexValues(entities, run.values, run.aggregates, run.treatments);
    }

    /** The state of one computation: columns computed so far and what was done to missing values. */
    private static final class Run {
        final List<String> entities;
        final Map<String, Map<String, Double>> raw;
        final Map<String, double[]> values = new LinkedHashMap<>();
        final Map<String, double[]> aggregates = new LinkedHashMap<>();
        final List<String> treatments = new ArrayList<>();

        Run(List<String> entities, Map<String, Map<String, Double>> raw) {
            this.entities = entities;
            this.raw = raw;
        }

        double[] evaluate(Node node) {
            double[] out = switch (node) {
                case Indicator i -> indicator(i);
                case Composite c -> composite(c);
            };
            values.put(node.id(), out);
            return out;
        }

        private double[] indicator(Indicator indicator) {
            double[] column = new double[entities.size()];
            for (int e = 0; e < column.length; e++) {
                Double v = raw.get(entities.get(e)).get(indicator.id());
                if (v == null) {
                    column[e] = Double.NaN;
                } else if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("indicator " + indicator.id() + " of " + entities.get(e) + " is " + v
                            + "; give a finite number, or leave the indicator out to mark it missing");
                } else {
                    column[e] = v;
                }
            }
            try {
                return indicator.normalisation().apply(indicator.treatment().apply(column), indicator.direction());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("indicator " + indicator.id() + ": " + e.getMessage(), e);
            }
        }

        private double[] composite(Composite index) {
            List<Node> children = index.children();
            double[][] columns = new double[children.size()][];
            for (int k = 0; k < columns.length; k++) {
                columns[k] = evaluate(children.get(k));
            }
            double[] weights = children.stream().mapToDouble(c -> c.weight().value()).toArray();
            double[] means = new double[columns.length];
            for (int k = 0; k < columns.length; k++) {
                means[k] = mean(columns[k]);
            }
            double[] aggregate = new double[entities.size()];
            List<String> failures = new ArrayList<>();
            for (int e = 0; e < aggregate.length; e++) {
                double[] row = new double[columns.length];
                double[] w = weights.clone();
                List<String> missing = new ArrayList<>();
                for (int k = 0; k < row.length; k++) {
                    row[k] = columns[k][e];
                    if (Double.isNaN(row[k]) && weights[k] > 0) {
                        missing.add(children.get(k).id());
                    }
                }
                String entity = entities.get(e);
                if (missing.isEmpty()) {
                    aggregate[e] = index.aggregation().combine(row, w);
                    continue;
                }
                switch (index.missing()) {
                    case FAIL -> {
                        failures.add(entity + " lacks " + String.join(", ", missing));
                        aggregate[e] = Double.NaN;
                    }
                    case EXCLUDE_COUNTRY -> {
                        treatments.add(index.id() + ": " + entity + " excluded, lacking " + String.join(", ", missing));
                        aggregate[e] = Double.NaN;
                    }
                    case MEAN_IMPUTATION -> {
                        for (int k = 0; k < row.length; k++) {
                            if (Double.isNaN(row[k])) {
                                row[k] = means[k];
                                treatments.add(index.id() + ": " + entity + " " + children.get(k).id()
                                        + " imputed with the mean of the others, " + means[k]);
                            }
                        }
                        aggregate[e] = index.aggregation().combine(row, w);
                    }
                    case REWEIGHT -> {
                        for (int k = 0; k < row.length; k++) {
                            if (Double.isNaN(row[k])) {
                                w[k] = 0;
                            }
                        }
                        boolean any = java.util.Arrays.stream(w).anyMatch(x -> x > 0);
                        aggregate[e] = any ? index.aggregation().combine(row, w) : Double.NaN;
                        treatments.add(index.id() + ": " + entity + (any ? " combined without " : " excluded, lacking ")
                                + String.join(", ", missing) + (any ? " (weights rescaled)" : ""));
                    }
                }
            }
            if (!failures.isEmpty()) {
                throw new IllegalArgumentException(index.id() + ": missing values and the strategy is 'fail' ("
                        + failures.size() + " entities): " + String.join("; ", failures.subList(0, Math.min(10, failures.size())))
                        + (failures.size() > 10 ? "; …" : "")
                        + ". Supply the values or set 'missing' to exclude-country, mean-imputation or reweight");
            }
            aggregates.put(index.id(), aggregate);
            try {
                return index.normalisation().apply(aggregate);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("index " + index.id() + ": " + e.getMessage(), e);
            }
        }

        private static double mean(double[] column) {
            double sum = 0;
            int n = 0;
            for (double v : column) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }
}
