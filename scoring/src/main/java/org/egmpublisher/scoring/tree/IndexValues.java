package org.egmpublisher.scoring.tree;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The values an {@link IndexTree} computed: for every node (indicator or index) and entity
 * (country, or city for the LOSI), the value its parent combined; for every index, also its
 * aggregate before its own normalisation (the "TII_raw" of METHODOLOGY.md §16.2).
 *
 * <p>An entity excluded by a missing-value strategy has no value; {@link #treatments()} lists
 * every value the engine imputed, re-weighted or left out, so that none of it is silent.
 */
public final class IndexValues {

    private final List<String> entities;
    private final Map<String, double[]> values;
    private final Map<String, double[]> aggregates;
    private final List<String> treatments;

    IndexValues(List<String> entities, Map<String, double[]> values, Map<String, double[]> aggregates,
                List<String> treatments) {
        this.entities = List.copyOf(entities);
        this.values = copy(values);
        this.aggregates = copy(aggregates);
        this.treatments = List.copyOf(treatments);
    }

    /** The entities, in ISO3 (or id) order. */
    public List<String> entities() {
        return entities;
    }

    /** The ids of every computed node, indicators and indices, in the order computed. */
    public List<String> nodeIds() {
        return List.copyOf(values.keySet());
    }

    /** A node's value for an entity; empty when the entity was excluded. */
    public OptionalDouble find(String nodeId, String entity) {
        double v = column(values, nodeId, "node")[indexOf(entity)];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** A node's value for an entity; fails, saying why, when there is none. */
    public double value(String nodeId, String entity) {
        return find(nodeId, entity).orElseThrow(() -> new NoSuchElementException(nodeId + " has no value for " + entity
                + " (excluded for a missing value; see treatments())"));
    }

    /** A node's values by entity, excluded entities left out. */
    public Map<String, Double> values(String nodeId) {
        return present(column(values, nodeId, "node"));
    }

    /** An index's weighted mean of its children before its own normalisation, by entity. */
    public Map<String, Double> aggregates(String indexId) {
        return present(column(aggregates, indexId, "index"));
    }

    /** What the missing-value strategies did, one line each; empty when every value was present. */
    public List<String> treatments() {
        return treatments;
    }

    /** This result and {@code other}'s (over the same entities) as one. */
    IndexValues merge(IndexValues other) {
        if (!entities.equals(other.entities)) {
            throw new IllegalArgumentException("cannot merge values over different entities");
        }
        Map<String, double[]> v = new LinkedHashMap<>(values);
        v.putAll(other.values);
        Map<String, double[]> a = new LinkedHashMap<>(aggregates);
        a.putAll(other.aggregates);
        List<String> t = new java.util.ArrayList<>(treatments);
        t.addAll(other.treatments);
        return new IndexValues(entities, v, a, t);
    }

    private Map<String, Double> present(double[] column) {
        Map<String, Double> out = new TreeMap<>();
        for (int i = 0; i < column.length; i++) {
            if (!Double.isNaN(column[i])) {
                out.put(entities.get(i), column[i]);
            }
        }
        return out;
    }

    private double[] column(Map<String, double[]> source, String id, String what) {
        double[] column = source.get(id);
        if (column == null) {
            throw new NoSuchElementException("no " + what + " '" + id + "' was computed; computed: " + source.keySet());
        }
        return column;
    }

    private int indexOf(String entity) {
        int i = java.util.Collections.binarySearch(entities, entity);
        if (i < 0) {
            throw new NoSuchElementException("no entity '" + entity + "'; the values cover " + entities.size()
                    + " entities, e.g. " + entities.subList(0, Math.min(5, entities.size())));
        }
        return i;
    }

    private static Map<String, double[]> copy(Map<String, double[]> source) {
        Map<String, double[]> out = new LinkedHashMap<>();
        source.forEach((k, v) -> out.put(k, Arrays.copyOf(v, v.length)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
