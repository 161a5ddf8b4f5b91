package org.egmpublisher.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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
 * One page per M49 region and sub-region (its countries, its means against the world's, across
 * editions) and an index of every grouping the Survey publishes means for.
 */
public final class RegionPages {

    /** A row of a means table; {@code href} is blank for groupings without a page. */
    public record MeanRow(String name, String href, String parent, String parentHref, int countries, String egdi,
                          String osi, String tii, String hci, String epi) {
    }

    /** A country of a region, in rank order. */
    public record CountryRow(String rank, String slug, String name, String subRegion, String subRegionSlug,
                             String egdi, String group, String change) {
    }

    /** One edition's mean EGDI of the region (and of its region, for a sub-region) and of the world. */
    public record TrendRow(int year, String mean, String parentMean, String world, int countries) {
    }

    /** A link to another region page. */
    public record Link(String name, String slug) {
    }

    private static final Map<String, String> SPECIAL = Map.of(
            "LDC", "Least developed countries (LDC)",
            "LLDC", "Landlocked developing countries (LLDC)",
            "SIDS", "Small island developing States (SIDS)");

    private final SiteOutput output;

    RegionPages(SiteOutput output) {
        this.output = output;
    }

    /** A page name from a region's name: lower case, words joined by hyphens, e.g. {@code latin-america-and-the-caribbean}. */
    static String slug(String name) {
        // Asked for on every page that links a region; a few dozen names in all.
        return SLUGS.computeIfAbsent(name, n -> {
            String s = NOT_SLUG.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("-");
            s = EDGE_HYPHENS.matcher(s).replaceAll("");
            return s.isEmpty() ? "region" : s;
        });
    }

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

    void writeAll(Project project, SurveyScores scores, HtmlFigures figures) throws IOException {
        Map<String, Map<String, List<Country>>> tree = new TreeMap<>();
        for (Country c : project.survey().countries()) {
            tree.computeIfAbsent(c.region(), k -> new TreeMap<>()).computeIfAbsent(c.subRegion(), k -> new ArrayList<>())
                    .add(c);
        }
        Map<String, String> slugs = new LinkedHashMap<>();
        tree.forEach((region, subs) -> {
            claim(slugs, region);
            subs.keySet().forEach(sub -> claim(slugs, sub));
        });
        index(tree, scores.latest());
        for (var region : tree.entrySet()) {
            List<Link> subs = region.getValue().keySet().stream().map(s -> new Link(s, slug(s))).toList();
            page(region.getKey(), "", subs, scores, figures);
            for (String sub : region.getValue().keySet()) {
                page(sub, region.getKey(), subs, scores, figures);
            }
        }
    }

    private static void claim(Map<String, String> slugs, String name) {
        String previous = slugs.putIfAbsent(slug(name), name);
        if (previous != null && !previous.equals(name)) {
            throw new IllegalArgumentException("regions '" + previous + "' and '" + name + "' would share the page regions/"
                    + slug(name) + ".html; rename one in survey/countries.csv");
        }
    }

    private void index(Map<String, Map<String, List<Country>>> tree, EditionScores e) throws IOException {
        int dp = e.decimals();
        Map<String, Object> model = output.base("regions/index.html", "Regions",
                "Mean E-Government Development Index " + e.year() + " of the world, its regions and sub-regions, "
                        + "income groups and countries in special situations.");
        model.put("current", "regions");
        model.put("year", e.year());
        List<MeanRow> regions = new ArrayList<>();
        e.aggregates(Aggregate.Kind.WORLD).forEach(a -> regions.add(row(a, "", "", "", dp)));
        e.aggregates(Aggregate.Kind.REGION).forEach(a -> regions.add(row(a, slug(a.name()) + ".html", "", "", dp)));
        List<MeanRow> subRegions = new ArrayList<>();
        tree.forEach((region, subs) -> subs.keySet().forEach(sub -> SurveyPages.aggregate(e, Aggregate.Kind.SUB_REGION, sub)
                .ifPresent(a -> subRegions.add(row(a, slug(sub) + ".html", region, slug(region) + ".html", dp)))));
        model.put("regions", regions);
        model.put("subRegions", subRegions);
        model.put("incomeGroups", e.aggregates(Aggregate.Kind.INCOME_GROUP).stream().map(a -> row(a, "", "", "", dp)).toList());
        model.put("special", e.aggregates(Aggregate.Kind.SPECIAL).stream().map(a -> row(new Aggregate(a.kind(),
                SPECIAL.getOrDefault(a.name(), a.name()), a.countries(), a.egdi(), a.osi(), a.tii(), a.hci(), a.epi()),
                "", "", "", dp)).toList());
        output.page("regions/index.html", "site/regions.ftlx", model);
        output.index("Regions and sub-regions", "regions/index.html", "Means by region", "regions sub-regions income groups means ldc lldc sids");
    }

    /** A region's page when {@code parent} is blank, else a sub-region's. */
    private void page(String name, String parent, List<Link> siblings, SurveyScores scores, HtmlFigures figures)
            throws IOException {
        boolean sub = !parent.isEmpty();
        Aggregate.Kind kind = sub ? Aggregate.Kind.SUB_REGION : Aggregate.Kind.REGION;
        EditionScores latest = scores.latest();
        int dp = latest.decimals();
        String path = "regions/" + slug(name) + ".html";
        List<CountryScore> members = latest.countries().stream()
                .filter(c -> (sub ? c.country().subRegion() : c.country().region()).equals(name)).toList();
        Optional<Aggregate> mean = SurveyPages.aggregate(latest, kind, name);
        Optional<Aggregate> world = SurveyPages.aggregate(latest, Aggregate.Kind.WORLD, "World");
        String description = name + (sub ? ", a sub-region of " + parent : ", a region") + ": "
                + members.size() + " Member States" + mean.map(a -> ", mean EGDI " + latest.year() + " "
                + Formats.decimal(a.egdi(), dp)).orElse("") + "; its countries and its means across editions.";
        Map<String, Object> model = output.base(path, name, description);
        model.put("current", "regions");
        model.put("name", name);
        model.put("parent", parent);
        model.put("parentSlug", sub ? slug(parent) : "");
        model.put("year", latest.year());
        model.put("count", members.size());
        model.put("mean", mean.map(a -> Formats.decimal(a.egdi(), dp)).orElse("–"));
        model.put("world", world.map(a -> Formats.decimal(a.egdi(), dp)).orElse("–"));
        List<MeanRow> means = new ArrayList<>();
        mean.ifPresent(a -> means.add(row(a, "", "", "", dp)));
        if (sub) {
            SurveyPages.aggregate(latest, Aggregate.Kind.REGION, parent).ifPresent(a -> means.add(row(a,
                    slug(parent) + ".html", "", "", dp)));
        } else {
            for (Link s : siblings) {
                SurveyPages.aggregate(latest, Aggregate.Kind.SUB_REGION, s.name()).ifPresent(a -> means.add(row(a,
                        s.slug() + ".html", "", "", dp)));
            }
        }
        world.ifPresent(a -> means.add(row(a, "index.html", "", "", dp)));
        model.put("means", means);
        List<TrendRow> trend = new ArrayList<>();
        for (EditionScores e : scores.editions().reversed()) {
            Optional<Aggregate> m = SurveyPages.aggregate(e, kind, name);
            if (m.isEmpty()) {
                continue;
            }
            String parentMean = sub ? SurveyPages.aggregate(e, Aggregate.Kind.REGION, parent)
                    .map(a -> Formats.decimal(a.egdi(), e.decimals())).orElse("–") : "";
            trend.add(new TrendRow(e.year(), Formats.decimal(m.get().egdi(), e.decimals()), parentMean,
                    SurveyPages.aggregate(e, Aggregate.Kind.WORLD, "World").map(a -> Formats.decimal(a.egdi(), e.decimals()))
                            .orElse("–"), m.get().countries()));
        }
        model.put("trend", trend);
        model.put("countries", members.stream().map(c -> new CountryRow(c.rank() > 0 ? String.valueOf(c.rank()) : "–",
                c.country().slug(), c.country().name(), c.country().subRegion(), slug(c.country().subRegion()),
                Formats.decimal(c.egdi(), dp), c.group().label(), c.hasPrevious() ? Formats.signed(c.rankChange()) : "–"))
                .toList());
        model.put("siblings", sub ? siblings.stream().filter(l -> !l.name().equals(name)).toList() : siblings);
        model.put("figureHtml", figures.html("region-" + slug(name)));
        output.page(path, "site/region.ftlx", model);
        output.index(name, path, sub ? "Sub-region of " + parent : "Region", (sub ? "sub-region " : "region ")
                + name.toLowerCase(Locale.ROOT));
    }

    private static MeanRow row(Aggregate a, String href, String parent, String parentHref, int dp) {
        return new MeanRow(a.name(), href, parent, parentHref, a.countries(), Formats.decimal(a.egdi(), dp),
                Formats.decimal(a.osi(), dp), Formats.decimal(a.tii(), dp), Formats.decimal(a.hci(), dp),
                Formats.decimal(a.epi(), 4));
    }
}
