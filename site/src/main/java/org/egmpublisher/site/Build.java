package org.egmpublisher.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.egmpublisher.model.Problem;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import org.egmpublisher.render.cache.FolderCache;
import org.egmpublisher.render.cache.RenderCache;
import org.egmpublisher.render.document.AnnexBuilder;
import org.egmpublisher.render.document.AnnexStamp;
import org.egmpublisher.render.document.DocumentContent;
import org.egmpublisher.render.document.DocumentFigure;
import org.egmpublisher.render.document.FigureCatalogue;
import org.egmpublisher.render.document.Formats;
import org.egmpublisher.render.document.PdfDocumentWriter;
import org.egmpublisher.render.document.ReportBuilder;
import org.egmpublisher.render.html.TemplateError;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.render.pdf.PdfRenderer;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.site.data.DataDownloads;
import org.egmpublisher.site.data.Download;
import org.egmpublisher.scoring.SurveyScores;

/**
 * The whole build: load and check the project, score the survey, build the report and the annex,
 * render their PDFs, write the site — into a staging folder swapped in only on success.
 */
public final class Build {

    /**
     * What to build and where. {@code timestamp} dates the documents (from SOURCE_DATE_EPOCH).
     * With {@code reuse}, figures and PDFs whose inputs did not change since the last build into
     * {@code out} are taken from its cache ({@link #CACHE}) instead of being made again.
     */
    public record Options(Path project, Path out, Optional<Instant> timestamp, String version, boolean reuse) {

        /** Options that reuse what the last build made. */
        public Options(Path project, Path out, Optional<Instant> timestamp, String version) {
            this(project, out, timestamp, version, true);
        }
    }

    /** How a build ended: the problems found (none when it succeeded), the stage times, what it reused. */
    public record Result(boolean ok, List<Problem> problems, Timings timings, int pages, Reuse reuse) {

        public Result(boolean ok, List<Problem> problems, Timings timings, int pages) {
            this(ok, problems, timings, pages, new Reuse(0, 0));
        }
    }

    /** How many figures and PDFs a build took from the previous one's cache, and how many it made. */
    public record Reuse(int reused, int made) {
    }

    /** The folder of the output that keeps figures and PDFs for the next build (not part of the site). */
    public static final String CACHE = ".egm-cache";

    /** What a build made, which a preview keeps so that a change rebuilds only what depends on it. */
    record Products(Project project, SurveyScores scores, Map<String, DocumentFigure> surveyFigures,
                    Map<String, DocumentFigure> meetingFigures, DocumentContent report, DocumentContent annex,
                    Map<String, String> siteFiles, Map<String, String> figureHtml,
                    Map<String, SiteOutput.Section> siteSections, int pages) {

        /** Every figure, the Survey's first, as {@link FigureCatalogue#build} orders them. */
        Map<String, DocumentFigure> figures() {
            Map<String, DocumentFigure> all = new LinkedHashMap<>(surveyFigures);
            all.putAll(meetingFigures);
            return all;
        }
    }

    /** The two documents' file names, in the output folder and in the site. */
    static final String REPORT_PDF = "egm-report.pdf";
    static final String ANNEX_PDF = "methodology-annex.pdf";

    private Build() {
    }

    public static Result run(Options options, Consumer<Timings.Stage> progress) throws Exception {
        return run(options, progress, null);
    }

    /**
     * As {@link #run(Options, Consumer)}, handing what was made to {@code keep} (unless null) when
     * the build succeeds; only then are the site's texts kept.
     */
    static Result run(Options options, Consumer<Timings.Stage> progress, Consumer<Products> keep) throws Exception {
        Timings timings = new Timings(progress);
        ProjectLoader.Result loaded = timings.time("load and check", () -> ProjectLoader.load(options.project()));
        if (loaded.project().isEmpty()) {
            return new Result(false, loaded.problems().all(), timings, 0);
        }
        Project project = loaded.project().get();
        OutputFolder output = OutputFolder.prepare(options.out(), options.project());
        FolderCache cache = new FolderCache(options.reuse() ? output.target().resolve(CACHE) : null,
                output.staging().resolve(CACHE), FolderCache.toolIdentity());
        try {
            Products products;
            try (cache) { // its index is written when the values are: before the output is swapped in
                products = build(project, options, output.staging(), timings, keep != null, cache);
            }
            timings.time("swap output", () -> {
                output.commit();
                return null;
            });
            if (keep != null) {
                keep.accept(products);
            }
            return new Result(true, loaded.problems().all(), timings, products.pages(),
                    new Reuse(cache.reused(), cache.made()));
        } catch (TemplateError e) {
            output.abandon();
            return new Result(false, List.of(problem(options, e)), timings, 0);
        } catch (Exception | Error e) {
            output.abandon();
            throw e;
        }
    }

    private static Products build(Project project, Options options, Path out, Timings timings, boolean keep,
                                  RenderCache cache) throws Exception {
        // One thread a core (more measured slower: the JIT compiler starves). The Survey's pages need
        // only the scores and the charts, so they start while the documents' content is made; then
        // the PDFs (the annex's is the longest task), the rest of the site, and the downloads.
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            SurveyScores scored = timings.time("score",
                    () -> Scoring.scoreWithScenarios(project.survey(), project.publication()));
            SurveyScores scores = timings.time("uncertainty",
                    () -> Scoring.withUncertainty(scored, project.publication()));
            Templates templates = new Templates(project.root().resolve("templates"));
            Markdown markdown = new Markdown();
            Map<String, DocumentFigure> surveyFigures = timings.time("charts",
                    () -> FigureCatalogue.survey(project, scores));
            Map<String, DocumentFigure> meetingFigures = FigureCatalogue.meeting(project);
            Map<String, DocumentFigure> figures = new LinkedHashMap<>(surveyFigures);
            figures.putAll(meetingFigures);
            Path site = out.resolve("site");
            Files.createDirectories(site);
            SiteWriter writer = new SiteWriter(templates, markdown, site, project, options.version(),
                    keep ? Map.of() : null, Map.of(), cache);
            Map<String, String> figureHtml = new ConcurrentHashMap<>();
            HtmlFigures siteFigures = writer.figures(figures, figureHtml);
            Future<SiteOutput> surveyPages = pool.submit(() -> timings.time("site: Survey pages",
                    () -> writer.surveyPages(project, scores, siteFigures, false)));

            DocumentContent report = timings.time("report content",
                    () -> report(templates, markdown, project, figures));
            DocumentContent annex = timings.time("annex content",
                    () -> annex(templates, project, scores, figures, options.version()));
            PdfDocumentWriter pdf = pdfWriter(templates, options, project, cache);
            Future<byte[]> annexPdf = pool.submit(() -> timings.time("annex PDF",
                    () -> annexPdf(pdf, project, scores, annex)));
            Future<byte[]> reportPdf = pool.submit(() -> timings.time("report PDF",
                    () -> reportPdf(pdf, project, report)));
            Future<Object> pages = pool.submit(() -> timings.time("site", () -> {
                writer.writeAll(project, scores, report, annex, siteFigures, Set.of(), () -> Tasks.result(surveyPages));
                return null;
            }));
            Future<List<Download>> data = pool.submit(() -> timings.time("downloads",
                    () -> DataDownloads.write(site, project, scores)));
            Tasks.result(pages);
            Tasks.result(data);
            write(out, REPORT_PDF, Tasks.result(reportPdf));
            write(out, ANNEX_PDF, Tasks.result(annexPdf));
            return new Products(project, scores, surveyFigures, meetingFigures, report, annex, writer.files(),
                    figureHtml, writer.sections(), writer.pages().size());
        }
    }

    static DocumentContent report(Templates templates, Markdown markdown, Project project,
                                  Map<String, DocumentFigure> figures) {
        return new ReportBuilder(templates, markdown).build(project, figures);
    }

    static DocumentContent annex(Templates templates, Project project, SurveyScores scores,
                                 Map<String, DocumentFigure> figures, String version) {
        return new AnnexBuilder(templates).build(project, scores, figures, AnnexStamp.of(project, version));
    }

    /** The documents are dated from SOURCE_DATE_EPOCH when given, else from the meeting's last day. */
    static PdfDocumentWriter pdfWriter(Templates templates, Options options, Project project, RenderCache cache) {
        Instant timestamp = options.timestamp()
                .orElse(project.meeting().end().atStartOfDay().toInstant(ZoneOffset.UTC));
        return new PdfDocumentWriter(templates, new PdfRenderer(timestamp), options.version(), cache);
    }

    static byte[] reportPdf(PdfDocumentWriter pdf, Project project, DocumentContent report) {
        return pdf.write(report, project.meeting().organiser(),
                List.of(Formats.dateRange(project.meeting().start(), project.meeting().end())));
    }

    static byte[] annexPdf(PdfDocumentWriter pdf, Project project, SurveyScores scores, DocumentContent annex) {
        return pdf.write(annex, project.meeting().organiser(), List.of("E-Government Survey " + scores.latest().year()));
    }

    /** A template error as a problem, naming the project's template when it overrides the built-in one. */
    static Problem problem(Options options, TemplateError e) {
        String file = Files.exists(options.project().resolve("templates").resolve(e.template()))
                ? "templates/" + e.template() : "(built-in template) " + e.template();
        return Problem.error(file, Math.max(e.line(), 1), Math.max(e.column(), 1), e.getMessage());
    }

    /** Writes a document into the output folder and, for the site's links, into the site. */
    private static void write(Path out, String name, byte[] bytes) throws IOException {
        Files.write(out.resolve(name), bytes);
        Files.write(out.resolve("site").resolve(name), bytes);
    }
}
