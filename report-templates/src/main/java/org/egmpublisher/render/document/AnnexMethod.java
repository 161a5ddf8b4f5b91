package org.egmpublisher.render.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.normalise.Direction;
import org.egmpublisher.scoring.normalise.Normalisation;
import org.egmpublisher.scoring.normalise.Treatment;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.preset.Indicator;
import org.egmpublisher.scoring.preset.Node;

/**
 * The method chapters of the annex, read from the presets the scores were computed with
 * ({@link EditionScores#preset()}, one per edition): each index's formula, indicators, weights,
 * caps and normalisations, and what changed from one edition to the next. No weight, cap or
 * precision is written here or in the template, so the published method is the computed one.
 */
final class AnnexMethod {

    /** How many decimals a weight's share of its siblings is printed with (a presentation choice). */
    static final int SHARE_DECIMALS = 4;

    /**
     * A child of an index in one edition: an indicator ({@code index} false, written y<sub>k</sub>
     * in the formulas) or a sub-index ({@code index} true, written by its id).
     *
     * @param weight the weight as the preset writes it, e.g. {@code 2/9}
     * @param share the weight divided by the sum of its siblings' weights
     * @param cap the fixed cap, or empty
     * @param treatment how the raw values are treated before normalising, e.g. {@code capped at 120}
     * @param normalisationCode the preset's code, e.g. {@code z-score}, which the template typesets
     * @param maximum the points available, for {@code share-of-maximum}; empty otherwise
     */
    public record Part(int k, String id, String name, boolean index, String source, String unit, String weight,
                       String share, String cap, String treatment, String normalisation, String normalisationCode,
                       String maximum, boolean lowerIsBetter, String evidence, String note) {
    }

    /**
     * Indicators of one index that are normalised the same way, so the annex writes the formula
     * once, "for k = 1, 3".
     */
    public record InputRule(List<Integer> ks, String normalisationCode, String normalisation, String maximum,
                            String cap, String treatment, boolean treated, boolean lowerIsBetter) {
    }

    /**
     * An index as one edition's preset defines it.
     *
     * @param weightTotal what the weighted mean divides by when the weights do not sum to 1; empty when they do
     * @param equalWeights whether every child has the same weight, so the index is a simple mean
     * @param pointsDenominator N when published values are whole points out of N; empty otherwise
     * @param subindices the children that are themselves indices with indicators, described below this one
     */
    public record IndexEdition(int year, String presetId, String id, String name, String aggregation,
                               String normalisationCode, String normalisation, String missing, String pointsDenominator,
                               String weightTotal, boolean equalWeights, String evidence, String note, List<Part> parts,
                               List<InputRule> rules, List<IndexEdition> subindices) {
    }

    /** One row of the comparison across editions: a child of the index, or a property of the index itself. */
    public record ComparisonRow(String label, boolean property, List<String> cells) {
    }

    /** What changed in an index from the previous method edition. */
    public record Change(int year, int previousYear, List<String> items) {
    }

    /**
     * An index across the method editions.
     *
     * @param anchor the chapter's id, e.g. {@code index-tii}
     * @param editions newest first
     * @param span the editions whose presets describe the index, e.g. {@code 2018–2024}
     * @param years the comparison's columns, oldest first
     */
    public record IndexChapter(String anchor, String symbol, String title, String span, List<Integer> years,
                               List<ComparisonRow> comparison, List<Change> changes, List<IndexEdition> editions) {
    }

    /** A cap and where it applies. */
    public record CapUse(String cap, String editions, List<String> indicators) {
    }

    private AnnexMethod() {
    }

    /** The editions whose preset describes the index tree, oldest first. */
    static List<EditionScores> methodEditions(List<EditionScores> editions) {
        return editions.stream().filter(e -> e.preset().hasMethod()).toList();
    }

    /** The chapter of one index, or empty when no preset describes it. */
    static Optional<IndexChapter> chapter(IndexName name, List<EditionScores> editions) {
        List<Composite> trees = new ArrayList<>();
        List<EditionPreset> presets = new ArrayList<>();
        for (EditionScores e : methodEditions(editions)) {
            e.preset().index(name).ifPresent(c -> {
                trees.add(c);
                presets.add(e.preset());
            });
        }
        if (trees.isEmpty()) {
            return Optional.empty();
        }
        List<IndexEdition> newestFirst = new ArrayList<>();
        for (int i = trees.size() - 1; i >= 0; i--) {
            newestFirst.add(edition(presets.get(i), trees.get(i)));
        }
        List<Integer> years = presets.stream().map(EditionPreset::year).toList();
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < trees.size(); i++) {
            changes.add(new Change(years.get(i), years.get(i - 1), changes(trees.get(i - 1), trees.get(i))));
        }
        return Optional.of(new IndexChapter("index-" + name.name().toLowerCase(java.util.Locale.ROOT), name.name(),
                name.title(), AnnexRules.span(years, editions), years, comparison(trees), changes, newestFirst));
    }

    /** One index of one preset, with its children and the indices below it. */
    static IndexEdition edition(EditionPreset preset, Composite index) {
        double[] shares = index.normalisedWeights();
        double total = index.children().stream().mapToDouble(c -> c.weight().value()).sum();
        List<Part> parts = new ArrayList<>();
        List<IndexEdition> subindices = new ArrayList<>();
        for (int k = 0; k < index.children().size(); k++) {
            Node child = index.children().get(k);
            parts.add(part(k + 1, child, shares[k]));
            if (child instanceof Composite c) {
                subindices.add(edition(preset, c));
            }
        }
        return new IndexEdition(preset.year(), preset.id(), index.id(), index.name(), index.aggregation().code(),
                index.normalisation().code(), index.normalisation().label(), index.missing().code(),
                index.countsPoints() ? String.valueOf(index.pointsDenominator()) : "",
                weightTotal(index, total), index.children().stream().mapToDouble(c -> c.weight().value()).distinct()
                .count() == 1, index.evidence(), index.note(), parts, rules(parts), subindices);
    }

    /**
     * What the weighted mean divides by: nothing when the weights sum to 1, the sum when it is a
     * whole number (LOSI 2022: 86), otherwise the sum written out from the weights as the preset
     * writes them ({@code 0.5 + 2/9 + 2/9 + 2/9}), which is exact where a decimal would not be.
     */
    private static String weightTotal(Composite index, double total) {
        if (Math.abs(total - 1) < 1e-9) {
            return "";
        }
        if (Math.abs(total - Math.rint(total)) < 1e-9) {
            return plain(Math.rint(total));
        }
        return String.join(" + ", index.children().stream().map(c -> c.weight().text()).toList());
    }

    private static Part part(int k, Node child, double share) {
        String shareText = Formats.decimal(share, SHARE_DECIMALS);
        return switch (child) {
            case Indicator i -> new Part(k, i.id(), i.name(), false, i.source(), i.unit(), i.weight().text(), shareText,
                    i.cap().map(AnnexMethod::plain).orElse(""), treatment(i.treatment()), i.normalisation().label(),
                    i.normalisation().code(), maximum(i.normalisation()), i.direction() == Direction.LOWER_IS_BETTER,
                    i.evidence(), i.note());
            case Composite c -> new Part(k, c.id(), c.name(), true, "", "", c.weight().text(), shareText, "", "",
                    c.normalisation().label(), c.normalisation().code(), maximum(c.normalisation()), false,
                    c.evidence(), c.note());
        };
    }

    /** Groups the indicators normalised alike, in order of their first member. */
    private static List<InputRule> rules(List<Part> parts) {
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        Map<List<Object>, Part> first = new LinkedHashMap<>();
        for (Part p : parts) {
            if (p.index()) {
                continue;
            }
            List<Object> key = List.of(p.normalisationCode(), p.maximum(), p.cap(), p.treatment(), p.lowerIsBetter());
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(p.k());
            first.putIfAbsent(key, p);
        }
        List<InputRule> out = new ArrayList<>();
        groups.forEach((key, ks) -> {
            Part p = first.get(key);
            out.add(new InputRule(ks, p.normalisationCode(), p.normalisation(), p.maximum(), p.cap(), p.treatment(),
                    !p.treatment().isEmpty(), p.lowerIsBetter()));
        });
        return out;
    }

    /** The children of the index in every edition (rows) against the editions (columns), then its properties. */
    private static List<ComparisonRow> comparison(List<Composite> trees) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = trees.size() - 1; i >= 0; i--) {
            for (Node c : trees.get(i).children()) {
                names.putIfAbsent(c.id(), c.name());
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new ComparisonRow(name, false, trees.stream()
                .map(t -> child(t, id).map(AnnexMethod::cell).orElse("\u2014")).toList())));
        rows.add(new ComparisonRow("Aggregation", true, trees.stream().map(t -> t.aggregation().code()).toList()));
        rows.add(new ComparisonRow("Normalisation of the index", true,
                trees.stream().map(t -> t.normalisation().code()).toList()));
        if (trees.stream().anyMatch(Composite::countsPoints)) {
            rows.add(new ComparisonRow("Points out of", true, trees.stream()
                    .map(t -> t.countsPoints() ? String.valueOf(t.pointsDenominator()) : "\u2014").toList()));
        }
        rows.add(new ComparisonRow("Missing values", true, trees.stream().map(t -> t.missing().code()).toList()));
        return rows;
    }

    /** A child's cell in the comparison: its weight, then its cap and direction when it has them. */
    private static String cell(Node n) {
        StringBuilder s = new StringBuilder(n.weight().text());
        if (n instanceof Indicator i) {
            i.cap().ifPresent(c -> s.append(", cap ").append(plain(c)));
            if (i.treatment() instanceof Treatment.Winsorise) {
                s.append(", winsorised");
            }
            if (i.direction() == Direction.LOWER_IS_BETTER) {
                s.append(", lower is better");
            }
        }
        return s.toString();
    }

    /** What changed from {@code before} to {@code after}, one sentence each. */
    static List<String> changes(Composite before, Composite after) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        before.children().forEach(c -> ids.add(c.id()));
        after.children().forEach(c -> ids.add(c.id()));
        for (String id : ids) {
            Optional<Node> a = child(before, id);
            Optional<Node> b = child(after, id);
            if (a.isEmpty()) {
                out.add("added: " + b.get().name() + " (weight " + b.get().weight().text() + ")");
            } else if (b.isEmpty()) {
                out.add("dropped: " + a.get().name());
            } else {
                compare(a.get(), b.get(), out);
            }
        }
        if (before.aggregation() != after.aggregation()) {
            out.add("aggregation: " + before.aggregation().code() + " \u2192 " + after.aggregation().code());
        }
        if (!before.normalisation().equals(after.normalisation())) {
            out.add("normalisation of the index: " + before.normalisation().code() + " \u2192 "
                    + after.normalisation().code());
        }
        if (before.pointsDenominator() != after.pointsDenominator()) {
            out.add("points out of: " + points(before) + " \u2192 " + points(after));
        }
        if (before.missing() != after.missing()) {
            out.add("missing values: " + before.missing().code() + " \u2192 " + after.missing().code());
        }
        return out;
    }

    private static void compare(Node a, Node b, List<String> out) {
        if (Math.abs(a.weight().value() - b.weight().value()) > 1e-12) {
            out.add("weight of " + b.name() + ": " + a.weight().text() + " \u2192 " + b.weight().text());
        }
        if (!a.normalisation().equals(b.normalisation())) {
            out.add("normalisation of " + b.name() + ": " + a.normalisation().code() + " \u2192 "
                    + b.normalisation().code());
        }
        if (a instanceof Indicator x && b instanceof Indicator y) {
            if (!x.treatment().equals(y.treatment())) {
                out.add("treatment of " + y.name() + ": " + x.treatment().label() + " \u2192 " + y.treatment().label());
            }
            if (x.direction() != y.direction()) {
                out.add("direction of " + y.name() + ": " + x.direction().code() + " \u2192 " + y.direction().code());
            }
        }
    }

    /** Every cap in the method editions, with the editions and indicators it applies to. */
    static List<CapUse> caps(List<EditionScores> editions) {
        Map<String, Set<Integer>> years = new LinkedHashMap<>();
        Map<String, Set<String>> indicators = new LinkedHashMap<>();
        for (EditionScores e : methodEditions(editions)) {
            for (Composite root : e.preset().indices()) {
                for (Indicator i : root.indicators()) {
                    i.cap().ifPresent(c -> {
                        years.computeIfAbsent(plain(c), x -> new LinkedHashSet<>()).add(e.year());
                        indicators.computeIfAbsent(plain(c), x -> new LinkedHashSet<>()).add(i.name());
                    });
                }
            }
        }
        List<CapUse> out = new ArrayList<>();
        years.forEach((cap, ys) -> out.add(new CapUse(cap, AnnexRules.span(new ArrayList<>(ys), editions),
                List.copyOf(indicators.get(cap)))));
        return out;
    }

    /** The order in which the annex defines normalisations: standardisations first, then rescalings. */
    private static final List<String> NORMALISATION_ORDER = List.of("z-score", "z-score-sample", "min-max", "rank",
            "distance-to-frontier", "share-of-maximum", "none");

    /** The normalisation codes the method presets use, indicators and indices alike, in a fixed order. */
    static List<String> normalisationsUsed(List<EditionScores> editions) {
        Set<String> used = new java.util.HashSet<>();
        for (EditionScores e : methodEditions(editions)) {
            for (Composite root : e.preset().indices()) {
                collect(root, used);
            }
        }
        List<String> out = new ArrayList<>(NORMALISATION_ORDER.stream().filter(used::contains).toList());
        used.stream().filter(c -> !NORMALISATION_ORDER.contains(c)).sorted().forEach(out::add);
        return out;
    }

    /** The aggregation codes the method presets use. */
    static Set<String> aggregationsUsed(List<EditionScores> editions) {
        Set<String> used = new java.util.TreeSet<>();
        for (EditionScores e : methodEditions(editions)) {
            for (Composite root : e.preset().indices()) {
                aggregations(root, used);
            }
        }
        return used;
    }

    private static void collect(Node n, Set<String> used) {
        used.add(n.normalisation().code());
        if (n instanceof Composite c) {
            c.children().forEach(child -> collect(child, used));
        }
    }

    private static void aggregations(Composite c, Set<String> used) {
        used.add(c.aggregation().code());
        c.subindices().forEach(s -> aggregations(s, used));
    }

    private static Optional<Node> child(Composite c, String id) {
        return c.children().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    private static String points(Composite c) {
        return c.countsPoints() ? String.valueOf(c.pointsDenominator()) : "none";
    }

    private static String treatment(Treatment t) {
        return switch (t) {
            case Treatment.None n -> "";
            case Treatment.Cap c -> c.label();
            case Treatment.Winsorise w -> w.label();
        };
    }

    private static String maximum(Normalisation n) {
        return n instanceof Normalisation.ShareOfMaximum s ? plain(s.maximum()) : "";
    }

    /** A number as the methodology writes it: {@code 120}, {@code 0.75}, without a trailing {@code .0}. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
