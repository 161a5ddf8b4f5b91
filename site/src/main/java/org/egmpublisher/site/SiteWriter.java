package org.egmpublisher.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.meeting.Area;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.ContentPage;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.render.document.AnnexBuilder;
import org.egmpublisher.render.document.DocumentContent;
import org.egmpublisher.render.document.Figure;
import org.egmpublisher.render.document.Formats;
import org.egmpublisher.render.document.ReportBuilder;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.group.Group;

/**
 * Writes the website into a folder: every page from a template and a view model built for it,
 * links relative so the site works from disk and from any static host.
 */
public final class SiteWriter {

    /** A link of the main navigation. */
    public record NavLink(String key, String label, String href) {
    }

    /** What every page knows about the site. */
    public record SiteInfo(String title, String shortTitle, String language, String baseUrl, String version,
                           List<NavLink> nav) {
    }

    /** A row of a country's history table. */
    public record HistoryRow(int year, String rank, String egdi, String group, String osi, String tii, String hci,
                             String epi) {
    }

    /** A country page's header facts. */
    public record CountryView(String iso3, String name, String region, String subRegion, String incomeGroup,
                              List<String> groups) {
    }

    /** A country's latest standing. */
    public record Latest(int year, String egdi, int rank, int of, String group, String ratingClass, String rankChange,
                         String previousYear) {
    }

    /** A peer in the same sub-region. */
    public record Peer(String slug, String name, String egdi, int rank) {
    }

    /** A region and its countries, for the country index. */
    public record RegionList(String name, List<Country> countries) {
    }

    private final Templates templates;
    private final Markdown markdown;
    private final Path out;
    private final SiteInfo site;
    private final List<String> written = new ArrayList<>();
    private final List<SearchEntry> search = new ArrayList<>();

    /** One entry of the search index: title, address, context, keywords. */
    record SearchEntry(String t, String u, String c, String k) {
    }

    public SiteWriter(Templates templates, Markdown markdown, Path out, Project project, String version) {
        this.templates = templates;
        this.markdown = markdown;
        this.out = out;
        List<NavLink> nav = new ArrayList<>(List.of(
                new NavLink("home", "Home", "index.html"),
                new NavLink("meeting", "The meeting", "meeting/index.html"),
                new NavLink("recommendations", "Recommendations", "recommendations.html"),
                new NavLink("rankings", "Rankings", "rankings/index.html"),
                new NavLink("countries", "Countries", "countries/index.html"),
                new NavLink("egm-report", "Report", "egm-report.html"),
                new NavLink("methodology-annex", "Methodology", "methodology-annex.html")));
        for (ContentPage p : project.pages()) {
            nav.add(new NavLink(p.slug(), p.title().length() > 24 ? p.slug().substring(0, 1).toUpperCase() + p.slug().substring(1)
                    : p.title(), p.slug() + ".html"));
        }
        var pub = project.publication();
        this.site = new SiteInfo(pub.title(), pub.shortTitle(), pub.language(), pub.baseUrl(), version, nav);
    }

    /** The pages written so far, relative to the site folder. */
    public List<String> pages() {
        return List.copyOf(written);
    }

    public void writeAll(Project project, SurveyScores scores, DocumentContent report, DocumentContent annex,
                         Map<String, Figure> siteFigures) throws IOException {
        home(project, scores, siteFigures);
        meeting(project);
        recommendations(project);
        document(report, "egm-report");
        document(annex, "methodology-annex");
        for (EditionScores e : scores.editions()) {
            rankings(e, scores, e.year() + ".html");
        }
        rankings(scores.latest(), scores, "index.html");
        countries(project, scores, siteFigures);
        for (ContentPage p : project.pages()) {
            Map<String, Object> model = base(p.slug() + ".html");
            model.put("page", p);
            model.put("html", markdown.toXhtml(p.markdown(), 1));
            page(p.slug() + ".html", "site/content.ftlx", model);
            search.add(new SearchEntry(p.title(), p.slug() + ".html", "Page", p.slug()));
        }
        page("search.html", "site/search.ftlx", base("search.html"));
        assets();
        sitemap();
    }

    private void home(Project project, SurveyScores scores, Map<String, Figure> figures) throws IOException {
        EditionScores latest = scores.latest();
        Map<String, Object> model = base("index.html");
        var m = project.meeting();
        model.put("description", m.title() + ": the meeting's outcomes and the E-Government Survey results.");
        model.put("meeting", Map.of("dates", Formats.dateRange(m.start(), m.end()), "format", m.format(),
                "experts", m.experts().size()));
        model.put("introHtml", markdown.toXhtml(firstParagraph(m.introduction()), 1));
        double world = latest.aggregates(Aggregate.Kind.WORLD).get(0).egdi();
        model.put("latest", Map.of("year", latest.year(), "countries", latest.countries().size(),
                "world", Formats.decimal(world, 4), "veryHigh", latest.groupCounts().get(Group.VERY_HIGH)));
        model.put("recCount", m.recommendations().size());
        Figure map = figures.get("map-egdi");
        model.put("mapHtml", map == null ? "" : HtmlFigures.figure(map, ""));
        page("index.html", "site/home.ftlx", model);
    }

    private void meeting(Project project) throws IOException {
        var m = project.meeting();
        ReportBuilder rb = new ReportBuilder(templates, markdown);
        Map<String, Object> model = base("meeting/index.html");
        model.put("meeting", m);
        model.put("dates", Formats.dateRange(m.start(), m.end()));
        model.put("introHtml", markdown.toXhtml(m.introduction(), 1));
        List<ReportBuilder.SessionView> sessions = rb.sessions(m);
        model.put("sessions", sessions);
        page("meeting/index.html", "site/meeting.ftlx", model);
        for (ReportBuilder.SessionView s : sessions) {
            Map<String, Object> sm = base("meeting/" + s.id() + ".html");
            sm.put("s", s);
            page("meeting/" + s.id() + ".html", "site/dialogue.ftlx", sm);
            search.add(new SearchEntry("Expert Dialogue " + s.number() + ": " + s.title(), "meeting/" + s.id() + ".html",
                    "The meeting", "dialogue session"));
        }
    }

    private void recommendations(Project project) throws IOException {
        var m = project.meeting();
        Map<String, Object> model = base("recommendations.html");
        List<ReportBuilder.RecView> recs = m.recommendations().stream().map(r -> ReportBuilder.rec(m, r)).toList();
        model.put("recs", recs);
        model.put("areas", List.of(Area.values()).stream().map(Area::label).toList());
        model.put("indices", List.of(IndexName.values()).stream().map(IndexName::name).toList());
        model.put("sessions", m.sessions());
        page("recommendations.html", "site/recommendations.ftlx", model);
        for (ReportBuilder.RecView r : recs) {
            search.add(new SearchEntry(r.text(), "recommendations.html#rec-" + r.id(), "Recommendation " + r.id(),
                    (r.area() + " " + r.index()).toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private void document(DocumentContent doc, String slug) throws IOException {
        Map<String, Object> model = base(slug + ".html");
        model.put("doc", doc);
        model.put("current", slug);
        model.put("body", HtmlFigures.inline(doc.body(), doc.figures()));
        page(slug + ".html", "site/document.ftlx", model);
        search.add(new SearchEntry(doc.title(), slug + ".html", "Document", "report annex pdf"));
    }

    private void rankings(EditionScores e, SurveyScores scores, String file) throws IOException {
        Map<String, Object> model = base("rankings/" + file);
        model.put("year", e.year());
        model.put("decimals", e.decimals());
        model.put("rows", AnnexBuilder.rows(e));
        model.put("editions", scores.editions().stream().map(EditionScores::year).toList());
        page("rankings/" + file, "site/rankings.ftlx", model);
    }

    private void countries(Project project, SurveyScores scores, Map<String, Figure> figures) throws IOException {
        Map<String, List<Country>> byRegion = new TreeMap<>();
        project.survey().countries().forEach(c -> byRegion.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c));
        Map<String, Object> index = base("countries/index.html");
        index.put("regions", byRegion.entrySet().stream().map(e -> new RegionList(e.getKey(),
                e.getValue().stream().sorted(java.util.Comparator.comparing(Country::name)).toList())).toList());
        page("countries/index.html", "site/countries.ftlx", index);
        EditionScores latest = scores.latest();
        for (Country c : project.survey().countries()) {
            Map<String, Object> model = base("countries/" + c.slug() + ".html");
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
            model.put("c", new CountryView(c.iso3(), c.name(), c.region(), c.subRegion(), c.incomeGroup(), groups));
            List<CountryScore> history = scores.history(c.iso3());
            model.put("history", history.reversed().stream().map(h -> {
                int dp = scores.require(h.year()).decimals();
                return new HistoryRow(h.year(), h.rank() > 0 ? String.valueOf(h.rank()) : "–", Formats.decimal(h.egdi(), dp),
                        h.group().label(), Formats.decimal(h.osi(), dp), Formats.decimal(h.tii(), dp),
                        Formats.decimal(h.hci(), dp), Formats.decimal(h.epi(), 4));
            }).toList());
            latest.find(c.iso3()).ifPresent(s -> model.put("latest", new Latest(latest.year(),
                    Formats.decimal(s.egdi(), latest.decimals()), s.rank(), latest.countries().size(), s.group().label(),
                    s.ratingClass().name(), s.hasPrevious() ? Formats.signed(s.rankChange()) : "–",
                    String.valueOf(scores.editions().size() > 1 ? scores.editions().get(scores.editions().size() - 2).year() : ""))));
            model.put("peers", latest.countries().stream().filter(p -> p.country().subRegion().equals(c.subRegion())
                            && !p.iso3().equals(c.iso3()))
                    .map(p -> new Peer(p.country().slug(), p.country().name(), Formats.decimal(p.egdi(), latest.decimals()),
                            p.rank())).toList());
            List<String> figs = new ArrayList<>();
            for (String key : List.of("country-" + c.iso3() + "-history", "country-" + c.iso3() + "-components")) {
                Figure f = figures.get(key);
                if (f != null) {
                    figs.add(HtmlFigures.figure(f, ""));
                }
            }
            model.put("figures", figs);
            model.put("source", latest.find(c.iso3()).map(CountryScore::source).orElse(project.survey().latest().file()));
            page("countries/" + c.slug() + ".html", "site/country.ftlx", model);
            search.add(new SearchEntry(c.name(), "countries/" + c.slug() + ".html", c.region(),
                    (c.iso3() + " " + c.subRegion()).toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private Map<String, Object> base(String path) {
        Map<String, Object> model = new LinkedHashMap<>();
        int depth = (int) path.chars().filter(ch -> ch == '/').count();
        model.put("root", "../".repeat(depth));
        model.put("path", path);
        model.put("site", site);
        model.put("jsonLd", "");
        return model;
    }

    private void page(String path, String template, Map<String, Object> model) throws IOException {
        write(path, templates.render(template, model));
        written.add(path);
    }

    void write(String path, String content) throws IOException {
        Path file = out.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private void assets() throws IOException {
        write("assets/style.css", resource("style.css"));
        write("assets/site.js", resource("site.js"));
        StringBuilder js = new StringBuilder("window.EGM_SEARCH=[\n");
        for (SearchEntry e : search) {
            js.append("{\"t\":").append(json(e.t())).append(",\"u\":").append(json(e.u())).append(",\"c\":")
                    .append(json(e.c())).append(",\"k\":").append(json(e.k())).append("},\n");
        }
        js.append("];\n");
        write("assets/search-index.js", js.toString());
    }

    private void sitemap() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : written) {
            xml.append("  <url><loc>").append(escapeXml(site.baseUrl() + p)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        write("sitemap.xml", xml.toString());
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String firstParagraph(String markdown) {
        int blank = markdown.strip().indexOf("\n\n");
        return blank < 0 ? markdown : markdown.strip().substring(0, blank);
    }

    private static String resource(String name) {
        try (InputStream in = SiteWriter.class.getResourceAsStream("/org/egmpublisher/site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
