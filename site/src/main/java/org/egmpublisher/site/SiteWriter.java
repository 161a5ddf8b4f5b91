package org.egmpublisher.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.publication.ContentPage;
import org.egmpublisher.render.cache.RenderCache;
import org.egmpublisher.render.document.DocumentContent;
import org.egmpublisher.render.document.DocumentFigure;
import org.egmpublisher.render.document.Formats;
import org.egmpublisher.render.document.ReportBuilder;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.scoring.CountryScore;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.scoring.aggregate.Aggregate;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.site.data.Json;

/**
 * Writes the website into a folder: every page from a template and a view model built for it,
 * links relative so the site works from disk and from any static host, one stylesheet and one
 * small script, a prebuilt search index and a sitemap. The meeting, the Survey, the regions, the
 * comparison and the downloads each have their own page class; this one writes the rest and
 * puts them in order.
 */
public final class SiteWriter {

    /** A link of the main navigation. */
    public record NavLink(String key, String label, String href) {
    }

    /** What every page knows about the site. */
    public record SiteInfo(String title, String shortTitle, String language, String baseUrl, String version,
                           List<NavLink> nav) {
    }

    /** The meeting in the home page's opening line. */
    public record MeetingFacts(String dates, String format, int experts, int dialogues) {
    }

    /** The latest edition in the home page's key numbers. */
    public record LatestFacts(int year, int first, int countries, String world, int veryHigh) {
    }

    /** A row of the home page's table of leading countries. */
    public record TopRow(int rank, String slug, String name, String egdi, String group) {
    }

    private final Templates templates;
    private final Markdown markdown;
    private final SiteOutput output;
    private final RenderCache cache;

    public SiteWriter(Templates templates, Markdown markdown, Path out, Project project, String version) {
        this(templates, markdown, out, project, version, null, Map.of(), RenderCache.NONE);
    }

    /**
     * Writes into a folder holding the site of an earlier build, whose files were {@code previous}
     * (path in the site to text; empty for a first build, whose files are then kept for the
     * next): only the files that changed are written. {@code sections}
     * are that build's sections, which {@link #writeAll} may take over unwritten. Figures are
     * taken from {@code cache} when an earlier build made them.
     */
    SiteWriter(Templates templates, Markdown markdown, Path out, Project project, String version,
               Map<String, String> previous, Map<String, SiteOutput.Section> sections, RenderCache cache) {
        this.templates = templates;
        this.markdown = markdown;
        this.cache = cache;
        List<NavLink> nav = new ArrayList<>(List.of(
                new NavLink("home", "Home", "index.html"),
                new NavLink("meeting", "The meeting", "meeting/index.html"),
                new NavLink("recommendations", "Recommendations", "recommendations.html"),
                new NavLink("rankings", "Rankings", "rankings/index.html"),
                new NavLink("countries", "Countries", "countries/index.html"),
                new NavLink("regions", "Regions", "regions/index.html"),
                new NavLink("compare", "Compare", "compare.html"),
                new NavLink("egm-report", "Report", "egm-report.html"),
                new NavLink("methodology-annex", "Annex", "methodology-annex.html"),
                new NavLink("data", "Data", "data/index.html")));
        for (ContentPage p : project.pages()) {
            nav.add(new NavLink(p.slug(), label(p), p.slug() + ".html"));
        }
        var pub = project.publication();
        this.output = new SiteOutput(templates, out, new SiteInfo(pub.title(), pub.shortTitle(), pub.language(),
                pub.baseUrl(), version, List.copyOf(nav)), previous, sections);
    }

    /** Every file written so far, by its path in the site folder, with its text. */
    Map<String, String> files() {
        return output.files();
    }

    /** The pages written so far, relative to the site folder. */
    public List<String> pages() {
        return output.written();
    }

    /** The part of the site drawn from the Survey alone: rankings, countries, regions, comparison. */
    static final String SURVEY = "survey";
    /** The report's pages, and the annex's. */
    static final String REPORT = "report";
    static final String ANNEX = "annex";

    /** The sections written, by name, for a later build of the same folder to take over. */
    Map<String, SiteOutput.Section> sections() {
        return output.sections();
    }

    /**
     * The whole site, taking each figure's XHTML from {@code figureHtml} when an earlier build
     * made it, and keeping it there otherwise.
     */
    public void writeAll(Project project, SurveyScores scores, DocumentContent report, DocumentContent annex,
                         Map<String, DocumentFigure> figures, Map<String, String> figureHtml) throws IOException {
        writeAll(project, scores, report, annex, figures, figureHtml, Set.of());
    }

    /**
     * As {@link #writeAll(Project, SurveyScores, DocumentContent, DocumentContent, Map, Map)};
     * the sections named in {@code unchanged} are taken over from the previous build of the
     * folder when it recorded them.
     */
    void writeAll(Project project, SurveyScores scores, DocumentContent report, DocumentContent annex,
                  Map<String, DocumentFigure> figures, Map<String, String> figureHtml, Set<String> unchanged)
            throws IOException {
        HtmlFigures siteFigures = figures(figures, figureHtml);
        writeAll(project, scores, report, annex, siteFigures, unchanged,
                () -> surveyPages(project, scores, siteFigures, unchanged.contains(SURVEY)));
    }

    /**
     * As {@link #writeAll(Project, SurveyScores, DocumentContent, DocumentContent, Map, Map)}, the
     * country pages (half the work) written on {@code executor} side by side with the rest: the
     * same files, in about half the time on two cores. {@code figureHtml} must be safe for
     * concurrent use.
     */
    public void writeAll(Project project, SurveyScores scores, DocumentContent report, DocumentContent annex,
                         Map<String, DocumentFigure> figures, Map<String, String> figureHtml, ExecutorService executor)
            throws IOException {
        HtmlFigures siteFigures = figures(figures, figureHtml);
        Future<SiteOutput> countries = executor.submit(() -> countryPages(project, scores, siteFigures));
        writeAll(project, scores, report, annex, siteFigures, Set.of(),
                () -> surveyPages(project, scores, siteFigures, false, () -> Tasks.result(countries)));
    }

    /** The figures as the site places them, their XHTML kept in {@code figureHtml} and in the build cache. */
    HtmlFigures figures(Map<String, DocumentFigure> figures, Map<String, String> figureHtml) {
        return new HtmlFigures(figures, figureHtml, cache);
    }

    /**
     * The Survey's pages: rankings, countries, regions, comparison. They need the scores and the
     * Survey's figures alone, so a build may write them on another thread, before the documents
     * exist, into a part of the output that {@link #writeAll} then takes in.
     */
    SiteOutput surveyPages(Project project, SurveyScores scores, HtmlFigures figures, boolean unchanged)
            throws IOException {
        return surveyPages(project, scores, figures, unchanged, () -> countryPages(project, scores, figures));
    }

    /** As {@link #surveyPages(Project, SurveyScores, HtmlFigures, boolean)}, with the country pages given. */
    private SiteOutput surveyPages(Project project, SurveyScores scores, HtmlFigures figures, boolean unchanged,
                                   Part countries) throws IOException {
        SiteOutput part = output.fork();
        part.section(SURVEY, unchanged, () -> {
            new SurveyPages(part).rankings(scores, figures);
            part.join(take(countries));
            new RegionPages(part).writeAll(project, scores, figures);
            new ComparePage(part).write(project, scores);
        });
        return part;
    }

    /** The country pages alone, written apart for {@link #surveyPages} to take in. */
    private SiteOutput countryPages(Project project, SurveyScores scores, HtmlFigures figures) throws IOException {
        SiteOutput part = output.fork();
        new SurveyPages(part).countries(project, scores, figures);
        return part;
    }

    private static SiteOutput take(Part part) throws IOException {
        try {
            return part.get();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the Survey's pages: " + e.getMessage(), e);
        }
    }

    /** A part of the site written apart (perhaps on another thread), handed over when asked for. */
    @FunctionalInterface
    interface Part {
        SiteOutput get() throws Exception;
    }

    /** The whole site, taking the Survey's pages from {@code survey} ({@link #surveyPages}). */
    void writeAll(Project project, SurveyScores scores, DocumentContent report, DocumentContent annex,
                  HtmlFigures siteFigures, Set<String> unchanged, Part survey) throws IOException {
        home(project, scores, siteFigures);
        new MeetingPages(output, markdown, new ReportBuilder(templates, markdown)).writeAll(project.meeting(), siteFigures);
        DocumentPages documents = new DocumentPages(output, siteFigures);
        output.section(REPORT, unchanged.contains(REPORT), () -> documents.write(report, "The EGM report"));
        output.section(ANNEX, unchanged.contains(ANNEX), () -> documents.write(annex, "The methodology annex"));
        output.join(take(survey));
        for (ContentPage p : project.pages()) {
            content(p);
        }
        new DataPage(output).write(project, scores);
        search();
        assets();
        sitemap();
        output.flush();
    }

    private void home(Project project, SurveyScores scores, HtmlFigures figures) throws IOException {
        EditionScores latest = scores.latest();
        var m = project.meeting();
        Map<String, Object> model = output.base("index.html", output.site().title(), m.title() + ", "
                + Formats.dateRange(m.start(), m.end()) + ": the meeting's outcomes and recommendations, and the "
                + "E-Government Survey results " + scores.editions().get(0).year() + "–" + latest.year() + ".");
        model.put("current", "home");
        model.put("meeting", new MeetingFacts(Formats.dateRange(m.start(), m.end()), m.format(), m.experts().size(),
                m.sessions().size()));
        model.put("introHtml", markdown.toXhtml(firstParagraph(m.introduction()), 2));
        model.put("dialogues", m.sessions().stream().map(s -> new MeetingPages.DialogueLink(s.id(), "Expert Dialogue "
                + s.number() + ": " + s.title())).toList());
        double world = latest.aggregates(Aggregate.Kind.WORLD).get(0).egdi();
        model.put("latest", new LatestFacts(latest.year(), scores.editions().get(0).year(), latest.countries().size(),
                Formats.decimal(world, latest.decimals()), latest.groupCounts().get(Group.VERY_HIGH)));
        model.put("recCount", m.recommendations().size());
        model.put("top", latest.countries().stream().filter(c -> c.rank() > 0 && c.rank() <= 10)
                .map((CountryScore c) -> new TopRow(c.rank(), c.country().slug(), c.country().name(),
                        Formats.decimal(c.egdi(), latest.decimals()), c.group().label())).toList());
        model.put("regions", latest.aggregates(Aggregate.Kind.REGION).stream().map(a -> new RegionPages.MeanRow(a.name(),
                "regions/" + RegionPages.slug(a.name()) + ".html", "", "", a.countries(),
                Formats.decimal(a.egdi(), latest.decimals()), "", "", "", "")).toList());
        model.put("mapHtml", figures.html("map-egdi"));
        output.page("index.html", "site/home.ftlx", model);
        output.index("Home", "index.html", output.site().title(), "home start");
    }

    /** Content pages alone, when only their text changed (for a preview). */
    void writeContent(List<ContentPage> pages) throws IOException {
        for (ContentPage p : pages) {
            content(p);
        }
        output.flush();
    }

    private void content(ContentPage p) throws IOException {
        String path = p.slug() + ".html";
        Map<String, Object> model = output.base(path, p.title(), markdown.plainText(firstParagraph(p.markdown())));
        model.put("current", p.slug());
        model.put("page", p);
        model.put("html", Tables.complete(markdown.toXhtml(p.markdown(), 2), p.title()));
        output.page(path, "site/content.ftlx", model);
        output.index(p.title(), path, "Page", p.slug());
    }

    private void search() throws IOException {
        Map<String, Object> model = output.base("search.html", "Search",
                "Search the countries, regions, dialogues, recommendations and documents of this site.");
        model.put("current", "search");
        model.put("headerSearch", false);
        model.put("scripts", List.of("assets/search-index.js"));
        output.page("search.html", "site/search.ftlx", model);
    }

    private void assets() throws IOException {
        output.write("assets/style.css", resource("style.css"));
        output.write("assets/site.js", resource("site.js"));
        StringBuilder js = new StringBuilder("window.EGM_SEARCH=[\n");
        for (SiteOutput.SearchEntry e : output.searchEntries()) {
            js.append("{\"t\":").append(json(e.t())).append(",\"u\":").append(json(e.u())).append(",\"c\":")
                    .append(json(e.c())).append(",\"k\":").append(json(e.k())).append("},\n");
        }
        js.append("];\n");
        output.write("assets/search-index.js", js.toString());
    }

    private void sitemap() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (output.site().baseUrl().isEmpty()) {
            // Search engines need absolute addresses: base_url in publication.yaml gives them.
            xml.append("<!-- Addresses are relative because base_url is empty in publication.yaml. -->\n");
        }
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : output.written()) {
            xml.append("  <url><loc>").append(escapeXml(output.site().baseUrl() + p)).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        output.write("sitemap.xml", xml.toString());
    }

    private static String label(ContentPage p) {
        String words = p.slug().replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** {@code s} as a JSON string, safe inside a script element ({@code <} escaped). */
    static String json(String s) {
        return Json.quote(s);
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String firstParagraph(String markdown) {
        String s = markdown.strip();
        int blank = s.indexOf("\n\n");
        return blank < 0 ? s : s.substring(0, blank);
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
