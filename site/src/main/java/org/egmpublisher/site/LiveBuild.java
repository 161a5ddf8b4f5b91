package org.egmpublisher.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import org.egmpublisher.model.publication.ContentPage;
import org.egmpublisher.render.cache.RenderCache;
import org.egmpublisher.render.document.AnnexBuilder;
import org.egmpublisher.render.document.DocumentContent;
import org.egmpublisher.render.document.DocumentFigure;
import org.egmpublisher.render.document.FigureCatalogue;
import org.egmpublisher.render.document.PdfDocumentWriter;
import org.egmpublisher.render.html.TemplateError;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.site.data.DataDownloads;

/**
 * The build behind {@code egm serve}: after a change it rebuilds only what depends on the files
 * changed, and publishes the website before the PDFs.
 *
 * <ul>
 *   <li>{@code content/…} — the content pages whose text changed, alone; every page when pages
 *       come or go or change title or order (the navigation and the search index list them).
 *       The Survey, its figures and the documents are kept.</li>
 *   <li>{@code meeting/…} — the meeting's figures, the report and the annex (whose proposals
 *       quote the meeting), the meeting's pages and the downloads; a document that reads and
 *       draws as before keeps its pages and PDF. The scores, the Survey's figures and the pages
 *       drawn from the Survey alone (rankings, countries, regions, comparison) are kept.</li>
 *   <li>{@code templates/site/…} — every page of the site, nothing else.</li>
 *   <li>anything else ({@code survey/…}, {@code publication.yaml}, the documents' templates) — a
 *       whole build, swapped in at once as {@code egm build} does.</li>
 * </ul>
 *
 * <p>Only pages whose text changed are written, each replacing the old file at once. After a
 * meeting edit the downloads and the PDFs of changed documents follow on a background thread,
 * once the site is published, and replace the old files when done; a newer change supersedes
 * them.
 */
public final class LiveBuild implements AutoCloseable {

    private final Build.Options options;
    private final Consumer<String> report;
    private final ExecutorService documents = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "egm-documents");
        t.setDaemon(true);
        return t;
    });
    /** Counts rebuilds: the background job writes only if no rebuild came after it. */
    private final AtomicLong generation = new AtomicLong();
    /**
     * Held by the background job while it checks the generation and moves a file in, and by a
     * rebuild while it starts a new generation: no file of an older build lands in a newer one.
     */
    private final Object publishing = new Object();
    private Build.Products last;
    /** Kept from change to change: it converts each Markdown text once. */
    private Markdown markdown = new Markdown();
    /**
     * What the files on disk were made from: the documents of each PDF and the meeting of the
     * downloads. A background job superseded before it finished leaves them behind; the next job
     * compares with these, not with the last build, so it makes up for it.
     */
    private volatile DocumentContent reportOnDisk;
    private volatile DocumentContent annexOnDisk;
    private volatile Object downloadsOnDisk;

    /** {@code report} receives a line when background PDFs are written or fail. */
    public LiveBuild(Build.Options options, Consumer<String> report) {
        this.options = options;
        this.report = report;
    }

    /** Builds everything, as {@code egm build} does, and keeps what it made for the next change. */
    public Build.Result full() throws Exception {
        newGeneration();
        last = null;
        markdown = new Markdown();
        return Build.run(options, stage -> { }, products -> {
            last = products;
            reportOnDisk = products.report();
            annexOnDisk = products.annex();
            downloadsOnDisk = products.project().meeting();
        });
    }

    /**
     * Rebuilds after {@code changed} (paths relative to the project; an empty set when the
     * changes are unknown, which rebuilds everything).
     */
    public Build.Result changed(Set<Path> changed) throws Exception {
        if (last == null || changed.isEmpty() || !changed.stream().allMatch(LiveBuild::partial)) {
            return full();
        }
        boolean meeting = changed.stream().anyMatch(p -> p.startsWith("meeting"));
        boolean pageTemplates = changed.stream().anyMatch(p -> p.startsWith(SITE_TEMPLATES));
        long round = newGeneration();
        Timings timings = new Timings(stage -> { });
        ProjectLoader.Result loaded = timings.time("load and check", () -> ProjectLoader.load(options.project()));
        if (loaded.project().isEmpty()) {
            return new Build.Result(false, loaded.problems().all(), timings, 0);
        }
        if (!loaded.project().get().survey().equals(last.project().survey())
                || !loaded.project().get().publication().equals(last.project().publication())) {
            // A change the file names did not announce (a save touching several folders at once).
            return full();
        }
        try {
            Build.Products next = update(loaded.project().get(), meeting, pageTemplates, timings);
            finishLater(next, round);
            last = next;
            return new Build.Result(true, loaded.problems().all(), timings, next.pages());
        } catch (TemplateError e) {
            return new Build.Result(false, List.of(Build.problem(options, e)), timings, 0);
        }
    }

    /** Whether a change to {@code file} can be rebuilt in part. */
    private static boolean partial(Path file) {
        return file.startsWith("content") || file.startsWith("meeting") || file.startsWith(SITE_TEMPLATES);
    }

    /** A project's overrides of the website's templates: they shape the pages and nothing else. */
    private static final Path SITE_TEMPLATES = Path.of("templates", "site");

    private Build.Products update(Project project, boolean meeting, boolean pageTemplates, Timings timings)
            throws Exception {
        Templates templates = new Templates(project.root().resolve("templates"));
        Path site = options.out().resolve("site");
        if (!meeting && !pageTemplates && outline(project.pages()).equals(outline(last.project().pages()))) {
            SiteWriter writer = new SiteWriter(templates, markdown, site, project, options.version(), last.siteFiles(),
                    last.siteSections(), RenderCache.NONE);
            timings.time("site", () -> {
                writer.writeContent(project.pages().stream().filter(p -> !last.project().pages().contains(p)).toList());
                return null;
            });
            Map<String, String> files = new LinkedHashMap<>(last.siteFiles());
            files.putAll(writer.files());
            return new Build.Products(project, last.scores(), last.surveyFigures(), last.meetingFigures(),
                    last.report(), last.annex(), files, last.figureHtml(), last.siteSections(), last.pages());
        }
        Map<String, DocumentFigure> meetingFigures = last.meetingFigures();
        DocumentContent report = last.report();
        DocumentContent annex = last.annex();
        Map<String, DocumentFigure> figures = last.figures();
        if (meeting) {
            meetingFigures = timings.time("charts", () -> FigureCatalogue.meeting(project));
            figures = new LinkedHashMap<>(last.surveyFigures());
            figures.putAll(meetingFigures);
            Map<String, DocumentFigure> all = figures;
            report = timings.time("report content", () -> Build.report(templates, markdown, project, all));
            // The annex reads little of the meeting: when that little is unchanged, so is the annex.
            boolean annexAsBefore = AnnexBuilder.meetingPart(project, last.scores(), all)
                    .equals(AnnexBuilder.meetingPart(last.project(), last.scores(), last.figures()));
            annex = annexAsBefore ? last.annex() : timings.time("annex content",
                    () -> Build.annex(templates, project, last.scores(), all, options.version()));
            // A document that reads and draws the same keeps its pages and its PDF.
            report = report.sameContent(last.report()) ? last.report() : report;
            annex = annex.sameContent(last.annex()) ? last.annex() : annex;
        }
        // A page template may shape any page; else the sections drawn from what did not change stay.
        Set<String> unchanged = new HashSet<>();
        if (!pageTemplates) {
            unchanged.add(SiteWriter.SURVEY);
            if (report == last.report()) {
                unchanged.add(SiteWriter.REPORT);
            }
            if (annex == last.annex()) {
                unchanged.add(SiteWriter.ANNEX);
            }
        }
        SiteWriter writer = new SiteWriter(templates, markdown, site, project, options.version(), last.siteFiles(),
                last.siteSections(), RenderCache.NONE);
        Map<String, DocumentFigure> pageFigures = figures;
        DocumentContent reportContent = report;
        DocumentContent annexContent = annex;
        timings.time("site", () -> {
            // The meeting is not drawn on the Survey's pages: they stay as they are.
            writer.writeAll(project, last.scores(), reportContent, annexContent, pageFigures, last.figureHtml(),
                    unchanged);
            return null;
        });
        removeStale(site, last.siteFiles().keySet(), writer.files().keySet());
        // Only the figures still in use: the meeting's old ones go.
        Set<String> inUse = figures.values().stream().map(HtmlFigures::startsKey).collect(Collectors.toSet());
        Map<String, String> figureHtml = new HashMap<>();
        last.figureHtml().forEach((key, html) -> {
            if (inUse.contains(HtmlFigures.startOf(key))) {
                figureHtml.put(key, html);
            }
        });
        return new Build.Products(project, last.scores(), last.surveyFigures(), meetingFigures, report, annex,
                writer.files(), figureHtml, writer.sections(), writer.pages().size());
    }

    /** What other pages show of the content pages: their addresses and titles, in order. */
    private static List<String> outline(List<ContentPage> pages) {
        return pages.stream().map(p -> p.slug() + "\u0000" + p.title()).toList();
    }

    /** Deletes the pages the last build wrote and this one did not (a content page removed). */
    private static void removeStale(Path site, Set<String> before, Set<String> now) throws IOException {
        Set<String> gone = new HashSet<>(before);
        gone.removeAll(now);
        for (String path : gone) {
            Files.deleteIfExists(site.resolve(path));
        }
    }

    private long newGeneration() {
        synchronized (publishing) {
            return generation.incrementAndGet();
        }
    }

    /**
     * Writes the downloads beside the site, then moves in each file that changed; false when a
     * rebuild came first.
     */
    private boolean refreshDownloads(Build.Products next, long round) throws IOException {
        if (generation.get() != round) {
            return false;
        }
        boolean all = true;
        Path site = options.out().resolve("site");
        Path fresh = Files.createTempDirectory(options.out().toAbsolutePath().getParent(), ".egm-downloads-");
        try {
            DataDownloads.write(fresh, next.project(), next.scores());
            try (Stream<Path> files = Files.walk(fresh)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = site.resolve(fresh.relativize(file).toString());
                    if (!Files.exists(target) || Files.mismatch(file, target) >= 0) {
                        all &= publish(file, target, round);
                    }
                }
            }
            return all;
        } finally {
            OutputFolder.delete(fresh);
        }
    }

    /**
     * Once the site is published: on the background thread, the downloads (when the meeting
     * changed) and the PDFs of the documents that changed, unless a newer change comes first.
     */
    private void finishLater(Build.Products next, long round) {
        documents.submit(() -> {
            long start = System.nanoTime();
            try {
                if (!next.project().meeting().equals(downloadsOnDisk) && refreshDownloads(next, round)) {
                    downloadsOnDisk = next.project().meeting();
                }
                if (next.report() == reportOnDisk && next.annex() == annexOnDisk) {
                    return;
                }
                Templates templates = new Templates(next.project().root().resolve("templates"));
                PdfDocumentWriter pdf = Build.pdfWriter(templates, options, next.project(), RenderCache.NONE);
                if (generation.get() == round && next.report() != reportOnDisk
                        && publish(Build.REPORT_PDF, Build.reportPdf(pdf, next.project(), next.report()), round)) {
                    reportOnDisk = next.report();
                }
                if (generation.get() == round && next.annex() != annexOnDisk && publish(Build.ANNEX_PDF,
                        Build.annexPdf(pdf, next.project(), next.scores(), next.annex()), round)) {
                    annexOnDisk = next.annex();
                }
                if (generation.get() == round) {
                    report.accept("PDFs updated in " + (System.nanoTime() - start) / 1_000_000 + " ms.");
                }
            } catch (TemplateError e) {
                report.accept(Build.problem(options, e).toString());
            } catch (IOException | RuntimeException e) {
                report.accept("egm serve: the downloads or PDFs could not be updated: " + e.getMessage());
            }
        });
    }

    /** Puts a document into the output folder and into the site; false when a rebuild came first. */
    private boolean publish(String name, byte[] pdf, long round) throws IOException {
        boolean all = true;
        for (Path target : List.of(options.out().resolve(name), options.out().resolve("site").resolve(name))) {
            Path next = target.resolveSibling("." + name + ".next");
            Files.write(next, pdf);
            all &= publish(next, target, round);
        }
        return all;
    }

    /** Moves {@code file} to {@code target} at once, unless a rebuild has started since {@code round}. */
    private boolean publish(Path file, Path target, long round) throws IOException {
        synchronized (publishing) {
            if (generation.get() != round) {
                Files.deleteIfExists(file);
                return false;
            }
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /** Waits until the background job of the last change is done (for tests). */
    void settle() throws InterruptedException, java.util.concurrent.ExecutionException {
        documents.submit(() -> { }).get();
    }

    @Override
    public void close() {
        documents.shutdownNow();
    }
}
