package org.egmpublisher.render.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.Project;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.render.html.Templates;

/**
 * Builds the methodology annex: the method of the EGDI and its components, and the statistical
 * tables of the latest edition, from the same scores the site and downloads show.
 */
public final class AnnexBuilder {

    /** A row of the country table, formatted at the edition's precision. */
    public record CountryRow(String iso3, String slug, String name, String region, String egdi, int rank,
                             String group, String ratingClass, String osi, String tii, String hci, String epi,
                             String rankChange) {
    }

    /** A row of an aggregate table. */
    public record AggregateRow(String name, int countries, String egdi, String osi, String tii, String hci, String epi) {
    }

    /** A group with its threshold and count. */
    public record GroupRow(String label, String range, int count) {
    }

    private final Templates templates;

    public AnnexBuilder(Templates templates) {
        this.templates = templates;
    }

    public DocumentContent build(Project project, SurveyScores scores, Map<String, Figure> figures, String stamp) {
        EditionScores latest = scores.latest();
        int dp = latest.decimals();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("year", latest.year());
        model.put("decimals", dp);
        model.put("countries", rows(latest));
        model.put("regions", aggregates(latest, Aggregate.Kind.REGION, dp));
        model.put("world", aggregates(latest, Aggregate.Kind.WORLD, dp));
        model.put("subRegions", aggregates(latest, Aggregate.Kind.SUB_REGION, dp));
        model.put("incomeGroups", aggregates(latest, Aggregate.Kind.INCOME_GROUP, dp));
        model.put("special", aggregates(latest, Aggregate.Kind.SPECIAL, dp));
        model.put("groups", groups(latest));
        model.put("editions", scores.editions().stream().map(EditionScores::year).toList());
        model.put("figures", figures);
        model.put("stamp", stamp);
        String body = templates.render("annex-body.ftlx", model);
        return DocumentContent.of("methodology-annex", "Methodology annex and statistical tables",
                "E-Government Survey " + latest.year() + ", as published, with the method behind each index",
                project.meeting().language(), "Methodology annex \u2014 E-Government Survey " + latest.year(),
                List.of(stamp), body, figures);
    }

    public static List<CountryRow> rows(EditionScores e) {
        int dp = e.decimals();
        return e.countries().stream().map(c -> row(c, dp)).toList();
    }

    static CountryRow row(CountryScore c, int dp) {
        return new CountryRow(c.iso3(), c.country().slug(), c.country().name(), c.country().region(),
                Formats.decimal(c.egdi(), dp), c.rank(), c.group().label(), c.ratingClass().name(),
                Formats.decimal(c.osi(), dp), Formats.decimal(c.tii(), dp), Formats.decimal(c.hci(), dp),
                Formats.decimal(c.epi(), 4), c.hasPrevious() ? Formats.signed(c.rankChange()) : "–");
    }

    static List<AggregateRow> aggregates(EditionScores e, Aggregate.Kind kind, int dp) {
        return e.aggregates(kind).stream().map(a -> new AggregateRow(a.name(), a.countries(), Formats.decimal(a.egdi(), dp),
                Formats.decimal(a.osi(), dp), Formats.decimal(a.tii(), dp), Formats.decimal(a.hci(), dp),
                Formats.decimal(a.epi(), 4))).toList();
    }

    static List<GroupRow> groups(EditionScores e) {
        Map<Group, Integer> counts = e.groupCounts();
        return List.of(Group.values()).stream().map(g -> new GroupRow(g.label(), range(g), counts.get(g))).toList();
    }

    private static String range(Group g) {
        return switch (g) {
            case VERY_HIGH -> "0.75 \u2264 EGDI \u2264 1.00";
            case HIGH -> "0.50 \u2264 EGDI < 0.75";
            case MIDDLE -> "0.25 \u2264 EGDI < 0.50";
            case LOW -> "0.00 \u2264 EGDI < 0.25";
        };
    }
}
