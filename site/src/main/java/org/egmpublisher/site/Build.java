package org.egmpublisher.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.egmpublisher.model.Problem;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import org.egmpublisher.render.document.AnnexBuilder;
import org.egmpublisher.render.document.AnnexStamp;
import org.egmpublisher.render.document.DocumentContent;
import org.egmpublisher.render.document.Figure;
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

    /** What to build and where. {@code timestamp} dates the documents (from SOURCE_DATE_EPOCH). */
    public record Options(Path project, Path out, Optional<Instant> timestamp, String version) {
    }

    /** How a build ended: the problems found (none when it succeeded) and the stage times. */
    public record Result(boolean ok, List<Problem> problems, Timings timings, int pages) {
    }

    private Build() {
    }

    public static Result run(Options options, Consumer<Timings.Stage> progress) throws Exception {
        Timings timings = new Timings(progress);
        ProjectLoader.Result loaded = timings.time("load and check", () -> ProjectLoader.load(options.project()));
        if (loaded.project().isEmpty()) {
            return new Result(false, loaded.problems().all(), timings, 0);
        }
        Project project = loaded.project().get();
        OutputFolder output = OutputFolder.prepare(options.out(), options.project());
        try {
            int pages = build(project, options, output.staging(), timings);
            timings.time("swap output", () -> {
                output.commit();
                return null;
            });
            return new Result(true, loaded.problems().all(), timings, pages);
        } catch (TemplateError e) {
            output.abandon();
            String file = Files.exists(options.project().resolve("templates").resolve(e.template()))
                    ? "templates/" + e.template() : "(built-in template) " + e.template();
            return new Result(false, List.of(Problem.error(file, Math.max(e.line(), 1), Math.max(e.column(), 1),
                    e.getMessage())), timings, 0);
        } catch (Exception | Error e) {
            output.abandon();
            throw e;
        }
    }

    private static int build(Project project, Options options, Path out, Timings timings) throws Exception {
        Instant timestamp = options.timestamp()
                .orElse(project.meeting().end().atStartOfDay().toInstant(ZoneOffset.UTC));
        SurveyScores scores = timings.time("score", () -> Scoring.score(project.survey(), project.publication()));
        Templates templates = new Templates(project.root().resolve("templates"));
        Markdown markdown = new Markdown();
        Map<String, Figure> figures = timings.time("charts", () -> FigureCatalogue.build(project, scores));
        DocumentContent report = timings.time("report content",
                () -> new ReportBuilder(templates, markdown).build(project, figures));
        DocumentContent annex = timings.time("annex content", () -> new AnnexBuilder(templates).build(project, scores,
                figures, AnnexStamp.of(project, options.version())));
        PdfDocumentWriter pdf = new PdfDocumentWriter(templates, new PdfRenderer(timestamp), options.version());
        String organiser = project.meeting().organiser();
        Path site = out.resolve("site");
        Files.createDirectories(site);
        SiteWriter writer = new SiteWriter(templates, markdown, site, project, options.version());
        // The two PDFs and the site are independent: render them side by side on the available cores.
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            Future<byte[]> reportPdf = pool.submit(() -> timings.time("report PDF", () -> pdf.write(report, organiser,
                    List.of(Formats.dateRange(project.meeting().start(), project.meeting().end())))));
            Future<byte[]> annexPdf = pool.submit(() -> timings.time("annex PDF", () -> pdf.write(annex, organiser,
                    List.of("E-Government Survey " + scores.latest().year()))));
            Future<Object> pages = pool.submit(() -> timings.time("site", () -> {
                writer.writeAll(project, scores, report, annex, figures);
                return null;
            }));
            Future<List<Download>> data = pool.submit(() -> timings.time("downloads",
                    () -> DataDownloads.write(site, project, scores)));
            pages.get();
            data.get();
            write(out.resolve("egm-report.pdf"), reportPdf.get());
            write(out.resolve("methodology-annex.pdf"), annexPdf.get());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        Files.copy(out.resolve("egm-report.pdf"), site.resolve("egm-report.pdf"));
        Files.copy(out.resolve("methodology-annex.pdf"), site.resolve("methodology-annex.pdf"));
        return writer.pages().size();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
