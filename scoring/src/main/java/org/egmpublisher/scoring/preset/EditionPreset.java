package org.egmpublisher.scoring.preset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClassStrategy;
import org.egmpublisher.scoring.rank.RankBasis;
import org.egmpublisher.scoring.rank.RankRule;
import org.egmpublisher.scoring.rank.Ranking;
import org.egmpublisher.scoring.rank.TieRule;

/**
 * The methodology of one Survey edition, read from {@code un-egov-<year>.yaml}: what the engine
 * computes with and what the methodology annex prints. Immutable; the {@code with…} methods give
 * modified copies for scenarios and tests.
 *
 * @param id e.g. {@code un-egov-2024}
 * @param family the preset family, as {@code methodology} in {@code publication.yaml}
 * @param decimals the published precision of EGDI, OSI, TII and HCI
 * @param epiDecimals the published precision of the EPI (4 in 2024, where the others have 5)
 * @param egdiTolerance how far a published EGDI may lie from the weighted mean of its published
 *                      components before the import reports it; 0 for published-values presets
 * @param thresholds the four groups, highest first
 * @param indices the index trees, EGDI first (with OSI, TII and HCI as its components), then the
 *                other indices of the edition (EPI, LOSI, OGDI); empty for published-values presets
 * @param notes open questions and remarks, for the annex
 */
public record EditionPreset(String id, String family, int year, String title, PresetKind kind, int decimals,
                            int epiDecimals, double egdiTolerance, RankRule rankRule, RatingClassRule ratingClasses,
                            List<Threshold> thresholds, List<Composite> indices, List<Note> notes) {

    /** The components every method preset's EGDI must have. */
    public static final List<IndexName> EGDI_COMPONENTS = List.of(IndexName.OSI, IndexName.TII, IndexName.HCI);

    public EditionPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rankRule, "rankRule");
        Objects.requireNonNull(ratingClasses, "ratingClasses");
        thresholds = List.copyOf(thresholds);
        indices = List.copyOf(indices);
        notes = List.copyOf(notes);
        if (year < 2001 || year > 2100) {
            throw new IllegalArgumentException("preset " + id + ": edition year must lie in 2001–2100, got " + year);
        }
        if (decimals < 1 || decimals > 10 || epiDecimals < 1 || epiDecimals > 10) {
            throw new IllegalArgumentException("preset " + id + ": decimals must lie in 1–10, got " + decimals + " and "
                    + epiDecimals + " for the EPI");
        }
        checkThresholds(id, thresholds);
        checkIds(id, indices);
        if (rankRule.basis() == RankBasis.COMPONENT_MEAN && kind != PresetKind.METHOD) {
            throw new IllegalArgumentException("preset " + id + ": rank basis component-mean needs a method preset,"
                    + " whose EGDI has components");
        }
        if (kind == PresetKind.METHOD) {
            checkMethod(id, indices, egdiTolerance);
        } else if (!indices.isEmpty() || egdiTolerance != 0) {
            throw new IllegalArgumentException("preset " + id + ": a published-values preset has no indices and no EGDI"
                    + " tolerance; use kind 'method' to describe them");
        }
    }

    /** The tie rule of the edition's ranks. */
    public TieRule tieRule() {
        return rankRule.tieRule();
    }

    /** The rule that splits each group into four rating classes. */
    public RatingClassStrategy ratingClassStrategy() {
        return ratingClasses.strategy();
    }

    /** Whether the index tree is known, so that values can be checked and computed. */
    public boolean hasMethod() {
        return kind == PresetKind.METHOD;
    }

    /** The EGDI tree, for method presets. */
    public Optional<Composite> egdi() {
        return indices.stream().filter(c -> c.id().equals(IndexName.EGDI.name())).findFirst();
    }

    /** The EGDI's components (OSI, TII, HCI) with their indicators; empty for published-values presets. */
    public List<Composite> components() {
        return egdi().map(Composite::subindices).orElse(List.of());
    }

    /** An index of the edition: the EGDI, one of its components, or another index (EPI, LOSI, OGDI). */
    public Optional<Composite> index(IndexName name) {
        for (Composite c : indices) {
            if (c.id().equals(name.name())) {
                return Optional.of(c);
            }
        }
        return components().stream().filter(c -> c.id().equals(name.name())).findFirst();
    }

    public Composite requireIndex(IndexName name) {
        return index(name).orElseThrow(() -> new NoSuchElementException("preset " + id + " describes no " + name
                + "; it describes: " + describedIndices()));
    }

    /** The EGDI weight of each component, divided by their sum, in the order OSI, TII, HCI. */
    public Map<IndexName, Double> componentWeights() {
        Composite egdi = egdi().orElseThrow(() -> new IllegalStateException("preset " + id
                + " has published values only; its EGDI has no components"));
        double[] w = egdi.normalisedWeights();
        Map<IndexName, Double> out = new EnumMap<>(IndexName.class);
        for (int i = 0; i < w.length; i++) {
            out.put(IndexName.valueOf(egdi.children().get(i).id()), w[i]);
        }
        return out;
    }

    /** The group of an EGDI (or OSI, TII, HCI, EPI) value, compared at the published precision. */
    public Group groupOf(double value) {
        double rounded = Ranking.round(value, decimals);
        for (Threshold t : thresholds) {
            if (rounded >= t.lowerBound()) {
                return t.group();
            }
        }
        return thresholds.get(thresholds.size() - 1).group();
    }

    /** A copy whose EGDI components carry other weights, e.g. {@code {OSI: 0.5, TII: 0.25, HCI: 0.25}}. */
    public EditionPreset withComponentWeights(Map<IndexName, Double> weights) {
        Composite egdi = egdi().orElseThrow(() -> new IllegalStateException("preset " + id
                + " has published values only; it has no component weights to change"));
        Map<String, Weight> byId = new java.util.HashMap<>();
        weights.forEach((k, v) -> byId.put(k.name(), Weight.of(v)));
        return withIndex(egdi.withChildWeights(byId));
    }

    /** A copy in which the children of index or sub-index {@code nodeId} carry other weights. */
    public EditionPreset withIndicatorWeights(String nodeId, Map<String, Double> weights) {
        for (Composite root : indices) {
            Optional<Node> found = root.find(nodeId);
            if (found.isPresent() && found.get() instanceof Composite target) {
                Map<String, Weight> byId = new java.util.HashMap<>();
                weights.forEach((k, v) -> byId.put(k, Weight.of(v)));
                Composite changed = target.withChildWeights(byId);
                return withIndex(root == target ? changed : root.replace(changed));
            }
        }
        throw new NoSuchElementException("preset " + id + " has no index '" + nodeId + "'; indices: " + describedIndices());
    }

    /** A copy with another rating-class rule. */
    public EditionPreset withRatingClassStrategy(RatingClassStrategy strategy) {
        return new EditionPreset(id, family, year, title, kind, decimals, epiDecimals, egdiTolerance, rankRule,
                new RatingClassRule(strategy, ratingClasses.origin()), thresholds, indices, notes);
    }

    /** A copy with another EGDI tolerance for the import check. */
    public EditionPreset withEgdiTolerance(double tolerance) {
        return new EditionPreset(id, family, year, title, kind, decimals, epiDecimals, tolerance, rankRule, ratingClasses,
                thresholds, indices, notes);
    }

    private EditionPreset withIndex(Composite replacement) {
        List<Composite> changed = new ArrayList<>();
        for (Composite c : indices) {
            changed.add(c.id().equals(replacement.id()) ? replacement : c);
        }
        return new EditionPreset(id, family, year, title, kind, decimals, epiDecimals, egdiTolerance, rankRule,
                ratingClasses, thresholds, changed, notes);
    }

    private List<String> describedIndices() {
        List<String> out = new ArrayList<>();
        for (Composite c : indices) {
            out.add(c.id());
            c.subindices().forEach(s -> out.add(s.id()));
        }
        return out;
    }

    private static void checkThresholds(String id, List<Threshold> thresholds) {
        List<Group> groups = thresholds.stream().map(Threshold::group).toList();
        if (!groups.equals(List.of(Group.values()))) {
            throw new IllegalArgumentException("preset " + id + ": groups must be very-high, high, middle, low in that"
                    + " order, got " + groups);
        }
        for (int i = 1; i < thresholds.size(); i++) {
            if (thresholds.get(i).upperBound() != thresholds.get(i - 1).lowerBound()) {
                throw new IllegalArgumentException("preset " + id + ": group " + thresholds.get(i).group().label()
                        + " must end where " + thresholds.get(i - 1).group().label() + " begins");
            }
        }
    }

    private static void checkIds(String id, List<Composite> indices) {
        Set<String> seen = new HashSet<>();
        for (Composite root : indices) {
            collectIds(id, root, seen);
        }
    }

    private static void collectIds(String id, Node node, Set<String> seen) {
        if (!seen.add(node.id())) {
            throw new IllegalArgumentException("preset " + id + ": node id '" + node.id()
                    + "' is used twice; ids must be unique within a preset");
        }
        if (node instanceof Composite c) {
            c.children().forEach(child -> collectIds(id, child, seen));
        }
    }

    private static void checkMethod(String id, List<Composite> indices, double tolerance) {
        if (!(tolerance > 0 && tolerance < 0.01)) {
            throw new IllegalArgumentException("preset " + id + ": egdi_tolerance must lie in (0, 0.01), got " + tolerance);
        }
        if (indices.isEmpty() || !indices.get(0).id().equals("EGDI")) {
            throw new IllegalArgumentException("preset " + id + ": a method preset's first index must be EGDI, got "
                    + indices.stream().map(Composite::id).toList());
        }
        List<String> components = indices.get(0).children().stream().map(Node::id).toList();
        if (!components.equals(EGDI_COMPONENTS.stream().map(Enum::name).toList())
                || indices.get(0).subindices().size() != 3) {
            throw new IllegalArgumentException("preset " + id + ": EGDI's components must be the indices OSI, TII, HCI"
                    + " in that order, got " + components);
        }
        if (indices.stream().noneMatch(c -> c.id().equals("EPI"))) {
            throw new IllegalArgumentException("preset " + id + ": a method preset must describe the EPI");
        }
    }
}
