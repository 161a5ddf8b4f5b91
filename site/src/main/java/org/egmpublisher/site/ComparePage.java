package org.egmpublisher.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.render.document.Formats;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.aggregate.Aggregate;

/**
 * The comparison page: a static page whose form, with script, compares the countries a reader
 * picks (their data in {@code assets/compare-data.js}, loaded by this page only); without script
 * it shows the pre-built comparison of the regions' means across editions.
 */
public final class ComparePage {

    /** A country to pick. */
    public record Option(String iso3, String slug, String name) {
    }

    /** A region's countries to pick from. */
    public record RegionOptions(String name, String slug, List<Option> countries) {
    }

    /** One edition's mean EGDI per region, in the order of {@code regions}, and the world's. */
    public record MeanRow(int year, List<String> means, String world) {
    }

    private final SiteOutput output;

    ComparePage(SiteOutput output) {
        this.output = output;
    }

    void write(Project project, SurveyScores scores) throws IOException {
        Map<String, List<Country>> byRegion = new TreeMap<>();
        project.survey().countries().forEach(c -> byRegion.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c));
        List<RegionOptions> options = byRegion.entrySet().stream().map(e -> new RegionOptions(e.getKey(),
                RegionPages.slug(e.getKey()), e.getValue().stream().sorted(Comparator.comparing(Country::name))
                .map(c -> new Option(c.iso3(), c.slug(), c.name())).toList())).toList();
        List<String> regions = List.copyOf(byRegion.keySet());
        List<MeanRow> means = new ArrayList<>();
        for (EditionScores e : scores.editions().reversed()) {
            List<String> row = regions.stream().map(r -> SurveyPages.aggregate(e, Aggregate.Kind.REGION, r)
                    .map(a -> Formats.decimal(a.egdi(), e.decimals())).orElse("–")).toList();
            means.add(new MeanRow(e.year(), row, SurveyPages.aggregate(e, Aggregate.Kind.WORLD, "World")
                    .map(a -> Formats.decimal(a.egdi(), e.decimals())).orElse("–")));
        }
        Map<String, Object> model = output.base("compare.html", "Compare countries",
                "Compare the E-Government Development Index of two or more countries across editions, "
                        + "and the means of the regions.");
        model.put("current", "compare");
        model.put("scripts", List.of("assets/compare-data.js"));
        model.put("regionOptions", options);
        model.put("regions", regions.stream().map(r -> new RegionPages.Link(r, RegionPages.slug(r))).toList());
        model.put("means", means);
        model.put("year", scores.latest().year());
        output.page("compare.html", "site/compare.ftlx", model);
        output.write("assets/compare-data.js", data(project, scores));
        output.index("Compare countries", "compare.html", "Comparison", "compare comparison versus");
    }

    /**
     * Every country's EGDI and rank in each edition, and its latest components:
     * {@code {y:[years], c:{ISO3:{n,s,h:[[rank,egdi]|0 per year],l:[egdi,osi,tii,hci,epi,group,class,rank]}}}}.
     */
    static String data(Project project, SurveyScores scores) {
        StringBuilder js = new StringBuilder(48 * 1024);
        js.append("window.EGM_COMPARE={\"y\":[");
        List<EditionScores> editions = scores.editions();
        for (int i = 0; i < editions.size(); i++) {
            js.append(i > 0 ? "," : "").append(editions.get(i).year());
        }
        js.append("],\"c\":{\n");
        EditionScores latest = scores.latest();
        List<Country> countries = project.survey().countries().stream().sorted(Comparator.comparing(Country::iso3)).toList();
        for (int k = 0; k < countries.size(); k++) {
            Country c = countries.get(k);
            js.append(SiteWriter.json(c.iso3())).append(":{\"n\":").append(SiteWriter.json(c.name()))
                    .append(",\"s\":").append(SiteWriter.json(c.slug())).append(",\"h\":[");
            for (int i = 0; i < editions.size(); i++) {
                EditionScores e = editions.get(i);
                Optional<CountryScore> s = e.find(c.iso3());
                js.append(i > 0 ? "," : "");
                if (s.isPresent()) {
                    js.append('[').append(s.get().rank()).append(",\"").append(Formats.decimal(s.get().egdi(), e.decimals()))
                            .append("\"]");
                } else {
                    js.append('0');
                }
            }
            js.append(']');
            Optional<CountryScore> now = latest.find(c.iso3());
            if (now.isPresent()) {
                CountryScore s = now.get();
                int dp = latest.decimals();
                js.append(",\"l\":[");
                for (String v : List.of(Formats.decimal(s.egdi(), dp), Formats.decimal(s.osi(), dp),
                        Formats.decimal(s.tii(), dp), Formats.decimal(s.hci(), dp), Formats.decimal(s.epi(), 4),
                        s.group().label(), s.ratingClass().name(), String.valueOf(s.rank()))) {
                    js.append(SiteWriter.json(v)).append(',');
                }
                js.setLength(js.length() - 1);
                js.append(']');
            }
            js.append('}').append(k + 1 < countries.size() ? ",\n" : "\n");
        }
        js.append("}};\n");
        return js.toString();
    }
}
