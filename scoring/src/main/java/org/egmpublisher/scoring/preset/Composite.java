package org.egmpublisher.scoring.preset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.mean.Aggregation;
import org.egmpublisher.scoring.missing.MissingValues;
import org.egmpublisher.scoring.normalise.Normalisation;

/**
 * An index or sub-index: the weighted {@code aggregation} of its children, then its own
 * {@code normalisation} (METHODOLOGY.md §3). The TII, for instance, is the arithmetic mean of four
 * capped, z-scored indicators, then min-max.
 *
 * @param missing what to do when a country lacks a child
 * @param pointsDenominator N when every published value is a whole number of points out of N
 *                          (OSI 2018: 144), used to check imported values; 0 when it is not
 */
public record Composite(String id, String name, Weight weight, Aggregation aggregation, Normalisation normalisation,
                        MissingValues missing, List<Node> children, int pointsDenominator, String evidence,
                        String note) implements Node {

    public Composite {
        Node.checkId(id, "index");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(note, "note");
        children = List.copyOf(children);
        if (children.isEmpty()) {
            throw new IllegalArgumentException("index " + id + " needs at least one indicator or sub-index");
        }
        if (children.stream().mapToDouble(c -> c.weight().value()).sum() <= 0) {
            throw new IllegalArgumentException("index " + id + " needs at least one child with a positive weight, got "
                    + children.stream().map(c -> c.id() + "=" + c.weight()).toList());
        }
        if (pointsDenominator < 0) {
            throw new IllegalArgumentException("points denominator of " + id + " must be ≥ 0 (0 = not points), got "
                    + pointsDenominator);
        }
        Set<String> seen = new HashSet<>();
        for (Node c : children) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("index " + id + " has two children with id '" + c.id() + "'");
            }
        }
    }

    /** The Survey index this node is, when its id is one of {@link IndexName}'s. */
    public Optional<IndexName> indexName() {
        for (IndexName n : IndexName.values()) {
            if (n.name().equals(id)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Whether published values are whole numbers of points out of {@link #pointsDenominator()}. */
    public boolean countsPoints() {
        return pointsDenominator > 0;
    }

    /** The children that are sub-indices, in order. */
    public List<Composite> subindices() {
        return children.stream().filter(c -> c instanceof Composite).map(c -> (Composite) c).toList();
    }

    /** Every indicator below this node, depth first, in order. */
    public List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        for (Node c : children) {
            switch (c) {
                case Indicator i -> out.add(i);
                case Composite s -> out.addAll(s.indicators());
            }
        }
        return List.copyOf(out);
    }

    /** Each child's weight divided by the sum of its siblings' weights, in child order. */
    public double[] normalisedWeights() {
        double total = children.stream().mapToDouble(c -> c.weight().value()).sum();
        return children.stream().mapToDouble(c -> c.weight().value() / total).toArray();
    }

    /** This node or a node below it with {@code id}. */
    public Optional<Node> find(String nodeId) {
        if (id.equals(nodeId)) {
            return Optional.of(this);
        }
        for (Node c : children) {
            if (c.id().equals(nodeId)) {
                return Optional.of(c);
            }
            if (c instanceof Composite s) {
                Optional<Node> found = s.find(nodeId);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The same index with the weights of some children replaced, e.g. {@code {"adult_literacy": 0.25}}.
     * Children not named keep their weight; an unknown id is an error listing the children.
     */
    public Composite withChildWeights(Map<String, Weight> weights) {
        Set<String> known = new TreeSet<>();
        children.forEach(c -> known.add(c.id()));
        for (String key : weights.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("index " + id + " has no child '" + key + "'; children: " + known);
            }
        }
        List<Node> changed = children.stream().map(c -> weights.containsKey(c.id()) ? c.withWeight(weights.get(c.id())) : c)
                .toList();
        return new Composite(id, name, weight, aggregation, normalisation, missing, changed, pointsDenominator, evidence,
                note);
    }

    /** The same index with the node {@code replacement.id()} below it replaced. */
    public Composite replace(Node replacement) {
        List<Node> changed = children.stream().map(c -> {
            if (c.id().equals(replacement.id())) {
                return replacement;
            }
            return c instanceof Composite s ? s.replace(replacement) : c;
        }).toList();
        return new Composite(id, name, weight, aggregation, normalisation, missing, changed, pointsDenominator, evidence,
                note);
    }

    @Override
    public Composite withWeight(Weight newWeight) {
        return new Composite(id, name, newWeight, aggregation, normalisation, missing, children, pointsDenominator,
                evidence, note);
    }
}
