package org.egmpublisher.render.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClass;
import org.egmpublisher.scoring.preset.Threshold;

/**
 * The statistical tables of the annex for one edition, formatted as {@code egm score} prints
 * them: EGDI, OSI, TII and HCI at {@link EditionScores#decimals()}, the EPI at the preset's
 * {@code epiDecimals}.
 */
final class AnnexTables {

    /** How many countries the "top of each region" table lists per region (a presentation choice). */
    static final int TOP_PER_REGION = 5;

    /** A row of an aggregate table. */
    public record AggregateRow(String name, int countries, String egdi, String osi, String tii, String hci,
                               String epi) {
    }

    /** A group with its range (from the preset) and how many countries fall in it. */
    public record GroupCount(String group, String lower, String upper, boolean upperInclusive, int count,
                             String share) {
    }

    /** A rating class and how many countries it holds. */
    public record ClassCount(String name, int count) {
    }

    /** The four classes of a group, highest first. */
    public record ClassCountRow(String group, List<ClassCount> classes, int total) {
    }

    /** How many countries of a region fall in each group, in group order. */
    public record RegionGroups(String region, List<Integer> counts, int total) {
    }

    /** A country among the top of its region. */
    public record TopRow(int rank, String name, String egdi, String group, String ratingClass) {
    }

    /** The top countries of a region; {@code slug} names its table, e.g. {@code latin-america}. */
    public record TopRegion(String region, String slug, List<TopRow> countries) {
    }

    private AnnexTables() {
    }

    static List<AggregateRow> aggregates(EditionScores e, Aggregate.Kind kind) {
        int dp = e.decimals();
        int epiDp = e.preset().epiDecimals();
        return e.aggregates(kind).stream().map(a -> new AggregateRow(a.name(), a.countries(),
                Formats.decimal(a.egdi(), dp), Formats.decimal(a.osi(), dp), Formats.decimal(a.tii(), dp),
                Formats.decimal(a.hci(), dp), Formats.decimal(a.epi(), epiDp))).toList();
    }

    static List<GroupCount> groups(EditionScores e) {
        Map<Group, Integer> counts = e.groupCounts();
        int total = e.countries().size();
        List<GroupCount> out = new ArrayList<>();
        for (Threshold t : e.preset().thresholds()) {
            int n = counts.get(t.group());
            out.add(new GroupCount(t.group().label(), AnnexMethod.plain(t.lowerBound()),
                    AnnexMethod.plain(t.upperBound()), t.upperInclusive(), n, Formats.percent(n, total)));
        }
        return out;
    }

    static List<ClassCountRow> classes(EditionScores e) {
        Map<RatingClass, Integer> counts = e.ratingClassCounts();
        List<ClassCountRow> out = new ArrayList<>();
        for (Group g : Group.values()) {
            List<ClassCount> classes = java.util.Arrays.stream(RatingClass.values()).filter(c -> c.group() == g)
                    .map(c -> new ClassCount(c.name(), counts.get(c))).toList();
            out.add(new ClassCountRow(g.label(), classes, classes.stream().mapToInt(ClassCount::count).sum()));
        }
        return out;
    }

    /** The group labels, in the order of {@link #regionGroups}' counts. */
    static List<String> groupLabels() {
        return java.util.Arrays.stream(Group.values()).map(Group::label).toList();
    }

    static List<RegionGroups> regionGroups(EditionScores e) {
        List<RegionGroups> out = new ArrayList<>();
        for (Aggregate region : e.aggregates(Aggregate.Kind.REGION)) {
            List<CountryScore> members = e.countries().stream()
                    .filter(c -> c.country().region().equals(region.name())).toList();
            List<Integer> counts = java.util.Arrays.stream(Group.values())
                    .map(g -> (int) members.stream().filter(c -> c.group() == g).count()).toList();
            out.add(new RegionGroups(region.name(), counts, members.size()));
        }
        return out;
    }

    static List<TopRegion> top(EditionScores e) {
        int dp = e.decimals();
        List<TopRegion> out = new ArrayList<>();
        for (Aggregate region : e.aggregates(Aggregate.Kind.REGION)) {
            List<TopRow> rows = e.countries().stream()
                    .filter(c -> c.rank() > 0 && c.country().region().equals(region.name()))
                    .sorted(Comparator.comparingInt(CountryScore::rank).thenComparing(c -> c.country().name()))
                    .limit(TOP_PER_REGION)
                    .map(c -> new TopRow(c.rank(), c.country().name(), Formats.decimal(c.egdi(), dp), c.group().label(),
                            c.ratingClass().name())).toList();
            out.add(new TopRegion(region.name(), slug(region.name()), rows));
        }
        return out;
    }

    /** A name as an id: lower case, runs of other characters as one hyphen. */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
