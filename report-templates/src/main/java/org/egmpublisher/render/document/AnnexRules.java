package org.egmpublisher.render.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClass;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.preset.Note;
import org.egmpublisher.scoring.preset.Threshold;
import org.egmpublisher.scoring.rank.Ranking;

/**
 * The rules of the annex that apply to every index or edition, read from the presets: the preset
 * of each edition, the group thresholds, the rating-class rule, the rank rule, the handling of
 * missing values and the open questions. Editions that share a rule are listed together.
 */
final class AnnexRules {

    /** One edition's preset, as the overview table prints it. */
    public record PresetRow(int year, String id, String kind, int decimals, int epiDecimals, String egdiTolerance,
                     String tieRule, String rankBasis, String ratingClasses, String ratingOrigin) {
    }

    /** A group's range: {@code lower ≤ value < upper}, or {@code ≤ upper} for the top group. */
    public record ThresholdRow(String group, String lower, String upper, boolean upperInclusive) {
    }

    /** Thresholds shared by some editions. */
    public record ThresholdSet(String editions, List<ThresholdRow> rows) {
    }

    /** A rating-class rule shared by some editions. */
    public record RatingRule(String editions, String strategy, String label, String origin) {
    }

    /** A group's four rating classes, highest first, with the latest edition's boundaries between them. */
    public record ClassNames(String group, List<String> classes, int countries, List<String> boundaries) {
    }

    /** A rank rule shared by some editions. */
    public record RankRuleRow(String editions, String tieRule, String basis, int decimals) {
    }

    /** How an index treats missing values in some editions. */
    public record MissingRow(String index, String editions, String strategy) {
    }

    /** An open question or remark, with the editions whose preset carries it. */
    public record NoteRow(String id, String topic, String text, String editions) {
    }

    private AnnexRules() {
    }

    static List<PresetRow> presets(List<EditionScores> editions) {
        return editions.stream().map(e -> {
            EditionPreset p = e.preset();
            return new PresetRow(p.year(), p.id(), p.kind().code(), p.decimals(), p.epiDecimals(),
                    p.hasMethod() ? AnnexMethod.plain(p.egdiTolerance()) : "\u2014", p.tieRule().code(),
                    p.rankRule().basis().code(), p.ratingClassStrategy().code(), p.ratingClasses().origin().code());
        }).toList();
    }

    static List<ThresholdSet> thresholds(List<EditionScores> editions) {
        Map<List<Threshold>, List<Integer>> by = new LinkedHashMap<>();
        for (EditionScores e : editions) {
            by.computeIfAbsent(e.preset().thresholds(), k -> new ArrayList<>()).add(e.year());
        }
        List<ThresholdSet> out = new ArrayList<>();
        by.forEach((thresholds, years) -> out.add(new ThresholdSet(span(years, editions), thresholds.stream()
                .map(t -> new ThresholdRow(t.group().label(), AnnexMethod.plain(t.lowerBound()),
                        AnnexMethod.plain(t.upperBound()), t.upperInclusive())).toList())));
        return out;
    }

    static List<RatingRule> ratingRules(List<EditionScores> editions) {
        Map<List<String>, List<Integer>> by = new LinkedHashMap<>();
        Map<List<String>, EditionPreset> first = new LinkedHashMap<>();
        for (EditionScores e : editions) {
            List<String> key = List.of(e.preset().ratingClassStrategy().code(),
                    e.preset().ratingClasses().origin().code());
            by.computeIfAbsent(key, k -> new ArrayList<>()).add(e.year());
            first.putIfAbsent(key, e.preset());
        }
        List<RatingRule> out = new ArrayList<>();
        by.forEach((key, years) -> out.add(new RatingRule(span(years, editions), key.get(0),
                first.get(key).ratingClassStrategy().label(), key.get(1))));
        return out;
    }

    /**
     * The class names of each group and, for {@code latest}, the quartile boundaries the rule found
     * among the group's EGDI values at published precision (printed with two more decimals, since
     * boundaries are interpolated).
     */
    static List<ClassNames> classes(EditionScores latest) {
        EditionPreset preset = latest.preset();
        List<ClassNames> out = new ArrayList<>();
        for (Group g : Group.values()) {
            List<String> names = Arrays.stream(RatingClass.values()).filter(c -> c.group() == g).map(Enum::name)
                    .toList();
            double[] values = latest.countries().stream().filter(c -> c.group() == g)
                    .mapToDouble(c -> Ranking.round(c.egdi(), preset.decimals())).sorted().toArray();
            List<String> boundaries = values.length == 0 ? List.of() : Arrays.stream(preset.ratingClassStrategy()
                    .boundaries(values)).mapToObj(b -> Formats.decimal(b, preset.decimals() + 2)).toList().reversed();
            out.add(new ClassNames(g.label(), names, values.length, boundaries));
        }
        return out;
    }

    static List<RankRuleRow> rankRules(List<EditionScores> editions) {
        Map<List<Object>, List<Integer>> by = new LinkedHashMap<>();
        for (EditionScores e : editions) {
            EditionPreset p = e.preset();
            by.computeIfAbsent(List.of(p.tieRule().code(), p.rankRule().basis().code(), p.decimals()),
                    k -> new ArrayList<>()).add(e.year());
        }
        List<RankRuleRow> out = new ArrayList<>();
        by.forEach((key, years) -> out.add(new RankRuleRow(span(years, editions), (String) key.get(0),
                (String) key.get(1), (Integer) key.get(2))));
        return out;
    }

    /** The missing-value strategy of every index and sub-index of the method editions. */
    static List<MissingRow> missing(List<EditionScores> editions) {
        Map<List<String>, List<Integer>> by = new LinkedHashMap<>();
        for (IndexName name : IndexName.values()) {
            for (EditionScores e : AnnexMethod.methodEditions(editions)) {
                e.preset().index(name).ifPresent(c -> collectMissing(c, e.year(), by));
            }
        }
        List<MissingRow> out = new ArrayList<>();
        by.forEach((key, years) -> out.add(new MissingRow(key.get(0), span(years, editions), key.get(1))));
        return out;
    }

    private static void collectMissing(Composite c, int year, Map<List<String>, List<Integer>> by) {
        List<Integer> years = by.computeIfAbsent(List.of(c.id(), c.missing().code()), k -> new ArrayList<>());
        if (!years.contains(year)) {
            years.add(year);
        }
    }

    /** Every note of every edition's preset, newest edition first, identical notes listed once. */
    static List<NoteRow> notes(List<EditionScores> editions) {
        Map<Note, List<Integer>> by = new LinkedHashMap<>();
        for (EditionScores e : editions.reversed()) {
            for (Note n : e.preset().notes()) {
                by.computeIfAbsent(n, k -> new ArrayList<>()).add(0, e.year());
            }
        }
        List<NoteRow> out = new ArrayList<>();
        by.forEach((n, years) -> out.add(new NoteRow(n.id(), n.topic(), n.text(), span(years, editions))));
        return out;
    }

    /**
     * Years written compactly against the scored editions: a run of three or more consecutive
     * editions as {@code 2018–2024}, otherwise separated by commas.
     */
    static String span(List<Integer> years, List<EditionScores> editions) {
        List<Integer> all = editions.stream().map(EditionScores::year).toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && all.indexOf(years.get(j + 1)) == all.indexOf(years.get(j)) + 1
                    && all.indexOf(years.get(j)) >= 0) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(years.get(i) + "\u2013" + years.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(String.valueOf(years.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
