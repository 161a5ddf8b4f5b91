package org.egmpublisher.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.render.document.AnnexBuilder;
import org.egmpublisher.render.document.Formats;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.aggregate.Aggregate;

/**
 * The Survey on the site: the ranking of every edition (all 193 rows in the HTML) and one page
 * per Member State with its values and ranks across editions, its standing in the latest edition,
 * its rank interval when the uncertainty analysis ran, its charts and its peers.
 */
public final class SurveyPages {

    /** A row of a ranking, with the links a reader follows from it. */
    public record RankRow(String rank, String slug, String name, String region, String regionSlug, String egdi,
                          String group, String ratingClass, String osi, String tii, String hci, String epi,
                          String change) {
    }

    /** A country's header facts. */
    public record CountryView(String iso3, String m49, String name, String region, String regionSlug,
                              String subRegion, String subRegionSlug, String incomeGroup, List<String> groups) {
    }

    /**
     * A country's standing in the latest edition; blank strings where there is nothing to say.
     * {@code rankChange} is a phrase, e.g. "up 3 places since 2022".
     */
    public record Latest(int year, String egdi, int rank, int of, String group, String ratingClass, String rankChange,
                         String egdiChange, String previousYear, String interval, String median) {
    }

    /** A row of a country's history table. */
    public record HistoryRow(int year, String rank, String egdi, String group, String ratingClass, String osi,
                             String tii, String hci, String epi) {
    }

    /** A country, or a mean it is compared with. */
    public record MeanRow(String label, String href, String egdi, String osi, String tii, String hci, String epi) {
    }

    /** A country of the same sub-region; {@code self} marks the page's own country. */
    public record Peer(String slug, String name, int rank, String egdi, String group, boolean self) {
    }

    /** A sub-region and its countries, for the country index. */
    public record SubRegionList(String name, String slug, List<Country> countries) {
    }

    /** A region, its sub-regions and their countries, for the country index. */
    public record RegionList(String name, String slug, int count, List<SubRegionList> subRegions) {
    }

    private final SiteOutput output;

    SurveyPages(SiteOutput output) {
        this.output = output;
    }

    void rankings(SurveyScores scores, HtmlFigures figures) throws IOException {
        for (EditionScores e : scores.editions()) {
            ranking(e, scores, e.year() + ".html", HtmlFigures.NONE);
        }
        ranking(scores.latest(), scores, "index.html", figures);
    }

    private void ranking(EditionScores e, SurveyScores scores, String file, HtmlFigures figures)
            throws IOException {
        String path = "rankings/" + file;
        String title = file.equals("index.html") ? "Rankings: the latest edition, " + e.year() : "Rankings " + e.year();
        Map<String, Object> model = output.base(path, title, "The E-Government Development Index "
                + e.year() + " of the " + e.countries().size() + " UN Member States, with its components, groups and "
                + "rating classes.");
        model.put("current", "rankings");
        model.put("year", e.year());
        model.put("latest", e == scores.latest());
        model.put("decimals", e.decimals());
        model.put("rows", AnnexBuilder.rows(e).stream().map(r -> new RankRow(r.rank() > 0 ? String.valueOf(r.rank()) : "–",
                r.slug(), r.name(), r.region(), RegionPages.slug(r.region()), r.egdi(), r.group(), r.ratingClass(),
                r.osi(), r.tii(), r.hci(), r.epi(), r.rankChange())).toList());
        model.put("editions", scores.editions().stream().map(EditionScores::year).toList());
        List<String> figs = new ArrayList<>();
        for (String key : List.of("egdi-by-region", "groups-by-region")) {
            String html = figures.html(key);
            if (!html.isEmpty()) {
                figs.add(html);
            }
        }
        model.put("figures", figs);
        output.page(path, "site/rankings.ftlx", model);
        if (!file.equals("index.html")) {
            output.index("Rankings " + e.year(), path, "EGDI ranking", "ranking egdi edition " + e.year());
        }
    }

    /**
     * How many sub-region peers a country page lists, the country amid them: the nearest in rank.
     * The sub-region's page lists them all; a page listing every peer grew with the square of the
     * number of countries.
     */
    static final int PEERS_SHOWN = 15;

    void countries(Project project, SurveyScores scores, HtmlFigures figures) throws IOException {
        index(project);
        Map<String, List<CountryScore>> bySubRegion = new HashMap<>();
        for (CountryScore s : scores.latest().countries()) {
            bySubRegion.computeIfAbsent(s.country().subRegion(), k -> new ArrayList<>()).add(s);
        }
        for (Country c : project.survey().countries()) {
            country(c, project, scores, figures, bySubRegion.getOrDefault(c.subRegion(), List.of()));
        }
    }

    private void index(Project project) throws IOException {
        Map<String, Map<String, List<Country>>> tree = new TreeMap<>();
        for (Country c : project.survey().countries()) {
            tree.computeIfAbsent(c.region(), k -> new TreeMap<>()).computeIfAbsent(c.subRegion(), k -> new ArrayList<>())
                    .add(c);
        }
        List<RegionList> regions = new ArrayList<>();
        tree.forEach((region, subs) -> {
            List<SubRegionList> list = new ArrayList<>();
            subs.forEach((sub, cs) -> list.add(new SubRegionList(sub, RegionPages.slug(sub),
                    cs.stream().sorted(Comparator.comparing(Country::name)).toList())));
            regions.add(new RegionList(region, RegionPages.slug(region),
                    list.stream().mapToInt(s -> s.countries().size()).sum(), list));
        });
        Map<String, Object> model = output.base("countries/index.html", "Countries",
                "The " + project.survey().countries().size() + " UN Member States by region and sub-region, each with "
                        + "its results in every edition of the E-Government Survey.");
        model.put("current", "countries");
        model.put("count", project.survey().countries().size());
        model.put("regions", regions);
        output.page("countries/index.html", "site/countries.ftlx", model);
    }

    private void country(Country c, Project project, SurveyScores scores, HtmlFigures figures,
                         List<CountryScore> subRegion) throws IOException {
        String path = "countries/" + c.slug() + ".html";
        EditionScores latest = scores.latest();
        Optional<CountryScore> now = latest.find(c.iso3());
        String description = now.map(s -> c.name() + ": EGDI " + latest.year() + " " + Formats.decimal(s.egdi(),
                latest.decimals()) + ", rank " + s.rank() + " of " + latest.countries().size()
                + "; values and ranks in every edition of the E-Government Survey.")
                .orElse(c.name() + ": values and ranks in every edition of the E-Government Survey.");
        Map<String, Object> model = output.base(path, c.name(), description);
        model.put("current", "countries");
        List<String> groups = new ArrayList<>();
        if (c.ldc()) {
            groups.add("Least developed countries (LDC)");
        }
        if (c.lldc()) {
            groups.add("Landlocked developing countries (LLDC)");
        }
        if (c.sids()) {
            groups.add("Small island developing States (SIDS)");
        }
        model.put("c", new CountryView(c.iso3(), c.m49(), c.name(), c.region(), RegionPages.slug(c.region()),
                c.subRegion(), RegionPages.slug(c.subRegion()), c.incomeGroup(), groups));
        model.put("history", scores.history(c.iso3()).reversed().stream().map(h -> {
            int dp = scores.require(h.year()).decimals();
            return new HistoryRow(h.year(), h.rank() > 0 ? String.valueOf(h.rank()) : "–", Formats.decimal(h.egdi(), dp),
                    h.group().label(), h.ratingClass().name(), Formats.decimal(h.osi(), dp), Formats.decimal(h.tii(), dp),
                    Formats.decimal(h.hci(), dp), Formats.decimal(h.epi(), 4));
        }).toList());
        int previousYear = scores.editions().size() > 1 ? scores.editions().get(scores.editions().size() - 2).year() : 0;
        model.put("latest", now.map(s -> latest(s, latest, previousYear)).orElse(null));
        model.put("hasLatest", now.isPresent());
        model.put("means", now.map(s -> means(s, latest)).orElse(List.of()));
        int at = now.map(s -> position(subRegion, s)).orElse(0);
        int from = Math.max(0, Math.min(at - PEERS_SHOWN / 2, subRegion.size() - PEERS_SHOWN));
        List<Peer> peers = subRegion.subList(from, Math.min(subRegion.size(), from + PEERS_SHOWN)).stream()
                .map(p -> new Peer(p.country().slug(), p.country().name(), p.rank(),
                        Formats.decimal(p.egdi(), latest.decimals()), p.group().label(), p.iso3().equals(c.iso3())))
                .toList();
        model.put("peers", peers);
        model.put("peersOf", subRegion.size());
        model.put("subRegionHref", "../regions/" + RegionPages.slug(c.subRegion()) + ".html");
        model.put("compareHref", now.map(s -> compareHref(c, s, subRegion, at)).orElse(""));
        List<String> figs = new ArrayList<>();
        for (String key : List.of("country-" + c.iso3() + "-history", "country-" + c.iso3() + "-components")) {
            String html = figures.html(key);
            if (!html.isEmpty()) {
                figs.add(html);
            }
        }
        model.put("figures", figs);
        model.put("source", now.map(CountryScore::source).orElse(project.survey().latest().file()));
        output.page(path, "site/country.ftlx", model);
        output.index(c.name(), path, c.subRegion() + ", " + c.region(),
                (c.iso3() + " " + c.region() + " " + c.subRegion()).toLowerCase(Locale.ROOT));
    }

    private static Latest latest(CountryScore s, EditionScores latest, int previousYear) {
        String egdiChange = s.egdiChange().isPresent() ? signed(s.egdiChange().getAsDouble(), latest.decimals()) : "";
        var interval = latest.interval(s.iso3());
        return new Latest(latest.year(), Formats.decimal(s.egdi(), latest.decimals()), s.rank(),
                latest.countries().size(), s.group().label(), s.ratingClass().name(),
                move(s, previousYear), egdiChange,
                previousYear > 0 ? String.valueOf(previousYear) : "",
                interval.map(i -> i.p05() + "\u2013" + i.p95()).orElse(""),
                interval.map(i -> String.valueOf(i.median())).orElse(""));
    }

    /** "up 3 places since 2022", "down 1 place since 2022", "unchanged since 2022", or blank. */
    static String move(CountryScore s, int previousYear) {
        if (!s.hasPrevious() || previousYear == 0) {
            return "";
        }
        int change = s.rankChange();
        int places = Math.abs(change);
        return (change == 0 ? "unchanged" : (change > 0 ? "up " : "down ") + places + (places == 1 ? " place" : " places"))
                + " since " + previousYear;
    }

    private static List<MeanRow> means(CountryScore s, EditionScores e) {
        int dp = e.decimals();
        Country c = s.country();
        List<MeanRow> rows = new ArrayList<>();
        rows.add(new MeanRow(c.name(), "", Formats.decimal(s.egdi(), dp), Formats.decimal(s.osi(), dp),
                Formats.decimal(s.tii(), dp), Formats.decimal(s.hci(), dp), Formats.decimal(s.epi(), 4)));
        aggregate(e, Aggregate.Kind.SUB_REGION, c.subRegion()).ifPresent(a -> rows.add(mean(a, c.subRegion() + " (mean)",
                "../regions/" + RegionPages.slug(c.subRegion()) + ".html", dp)));
        aggregate(e, Aggregate.Kind.REGION, c.region()).ifPresent(a -> rows.add(mean(a, c.region() + " (mean)",
                "../regions/" + RegionPages.slug(c.region()) + ".html", dp)));
        aggregate(e, Aggregate.Kind.WORLD, "World").ifPresent(a -> rows.add(mean(a, "World (mean)",
                "../regions/index.html", dp)));
        return rows;
    }

    static Optional<Aggregate> aggregate(EditionScores e, Aggregate.Kind kind, String name) {
        return e.aggregates(kind).stream().filter(a -> a.name().equals(name)).findFirst();
    }

    static MeanRow mean(Aggregate a, String label, String href, int dp) {
        return new MeanRow(label, href, Formats.decimal(a.egdi(), dp), Formats.decimal(a.osi(), dp),
                Formats.decimal(a.tii(), dp), Formats.decimal(a.hci(), dp), Formats.decimal(a.epi(), 4));
    }

    /**
     * The comparison page preset with the country and up to four neighbours in rank from its
     * sub-region ({@code subRegion}: its countries in rank order): the nearest in rank, the better
     * ranked first on a tie, walking out from the country's place in the list.
     */
    private static String compareHref(Country c, CountryScore self, List<CountryScore> subRegion, int at) {
        int rank = self.rank();
        List<String> codes = new ArrayList<>(List.of(c.iso3()));
        int below = at - 1;
        int above = at + 1;
        while (codes.size() < 5 && (below >= 0 || above < subRegion.size())) {
            boolean takeBelow = above >= subRegion.size() || below >= 0
                    && Math.abs(subRegion.get(below).rank() - rank) <= Math.abs(subRegion.get(above).rank() - rank);
            codes.add(subRegion.get(takeBelow ? below-- : above++).iso3());
        }
        if (codes.size() < 2) {
            return "";
        }
        return "../compare.html?c=" + String.join("&c=", codes);
    }

    /** Where {@code s} stands in {@code subRegion}, which holds it. */
    private static int position(List<CountryScore> subRegion, CountryScore s) {
        for (int i = 0; i < subRegion.size(); i++) {
            if (subRegion.get(i) == s) {
                return i;
            }
        }
        throw new IllegalStateException(s.iso3() + " is not among its sub-region's countries");
    }

    /** A signed decimal with a true minus sign, e.g. {@code +0.0123}, {@code −0.0040}. */
    static String signed(double value, int decimals) {
        String abs = Formats.decimal(Math.abs(value), decimals);
        if (Double.parseDouble(abs) == 0) {
            return abs;
        }
        return (value > 0 ? "+" : "\u2212") + abs;
    }
}
