package org.egmpublisher.bench.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.egmpublisher.model.Project;
import org.egmpublisher.model.load.ProjectLoader;
import org.egmpublisher.render.document.AnnexBuilder;
import org.egmpublisher.render.document.AnnexStamp;
import org.egmpublisher.render.document.DocumentContent;
import org.egmpublisher.render.document.DocumentFigure;
import org.egmpublisher.render.document.FigureCatalogue;
import org.egmpublisher.render.document.ReportBuilder;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.SurveyScores;
import org.egmpublisher.site.SiteWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per site page in a warm JVM, for the bundled example's {@value #PAGES} pages: each
 * invocation writes the whole site into a temporary folder, so the score is milliseconds per page.
 *
 * <ul>
 *   <li>{@code pages} — what {@code egm serve} pays when the figures are unchanged: templates,
 *       Markdown, tables, files; each figure's XHTML comes from the cache.</li>
 *   <li>{@code pagesAndFigures} — the same with every figure's XHTML made again (its SVG turned
 *       into CSP-safe XHTML with its data table); the charts' SVG itself is drawn once, as in a
 *       build.</li>
 *   <li>{@code pagesOnTwoThreads} — as {@code pages}, the Survey's pages written on a second
 *       thread, as a build writes them: wall time per page.</li>
 * </ul>
 * Each invocation writes into a new, empty folder, as a build writes into its staging folder
 * (and a preview writes a changed page beside the old one, then moves it over). Rewriting the
 * same files in place, as this benchmark first did, costs ext4 about four times the file-system
 * time of new files (it forces the data of a truncated file out on close): a cost no build pays.
 * The folders are made and deleted outside the measured time.
 *
 * <p>{@code folder} says where: {@code disk} (the temporary folder, on the machine's disk) or
 * {@code memory} ({@code /dev/shm}, Linux's memory file system). The difference is what the file
 * system costs: on the development machine's ext4, from a tenth to four times the cost of making
 * the pages, as its write-back keeps up with a steady loop or not.
 *
 * <p>Run from the project root: {@code bench/jmh SiteBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SiteBenchmark {

    /** The bundled example's pages; checked at set-up, so the per-page figure stays honest. */
    static final int PAGES = 267;

    private Project project;
    private SurveyScores scores;
    private Map<String, DocumentFigure> figures;
    private DocumentContent report;
    private DocumentContent annex;
    private Templates templates;
    private Markdown markdown;
    private Map<String, String> figureHtml;
    /** Where the sites are written: {@code disk} or {@code memory} (see above). */
    @Param({"disk", "memory"})
    public String folder;

    private Path folders;
    private int written;
    private Path out;
    private ExecutorService second;

    @Setup(Level.Trial)
    public void build() throws IOException {
        Path root = Path.of(System.getProperty("egm.project", "examples/egm-2021"));
        ProjectLoader.Result loaded = ProjectLoader.load(root);
        project = loaded.project().orElseThrow(() -> new IllegalStateException("problems: " + loaded.problems().all()));
        scores = Scoring.score(project.survey(), project.publication());
        figures = FigureCatalogue.build(project, scores);
        templates = new Templates(root.resolve("templates"));
        markdown = new Markdown();
        report = new ReportBuilder(templates, markdown).build(project, figures);
        annex = new AnnexBuilder(templates).build(project, scores, figures, AnnexStamp.of(project, "bench"));
        folders = switch (folder) {
            case "disk" -> Files.createTempDirectory("egm-site-bench-");
            case "memory" -> Files.createTempDirectory(memory(), "egm-site-bench-");
            default -> throw new IllegalArgumentException("folder is disk or memory, not " + folder);
        };
        newFolder();
        figureHtml = new ConcurrentHashMap<>();
        second = Executors.newSingleThreadExecutor();
        int pages = write(figureHtml);
        deleteSites();
        if (pages != PAGES) {
            throw new IllegalStateException("the example has " + pages + " pages, the benchmark divides by " + PAGES);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public int pages() throws IOException {
        return write(figureHtml);
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public int pagesAndFigures() throws IOException {
        return write(new HashMap<>());
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public int pagesOnTwoThreads() throws IOException {
        SiteWriter writer = new SiteWriter(templates, markdown, out, project, "bench");
        writer.writeAll(project, scores, report, annex, figures, figureHtml, second);
        return writer.pages().size();
    }

    private static Path memory() {
        Path shm = Path.of("/dev/shm");
        if (!Files.isDirectory(shm)) {
            throw new IllegalStateException("no memory file system at /dev/shm: run with -p folder=disk");
        }
        return shm;
    }

    /** A new, empty folder for the next invocation's site. */
    @Setup(Level.Invocation)
    public void newFolder() throws IOException {
        out = Files.createDirectory(folders.resolve("site-" + written++));
    }

    /**
     * Deletes the sites of the iteration just measured. Not after each invocation: the file system
     * is then still freeing one site's blocks while the next is written, which cost more than the
     * writing.
     */
    @TearDown(Level.Iteration)
    public void deleteSites() throws IOException {
        try (Stream<Path> paths = Files.walk(folders)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folders)) {
                    Files.delete(p);
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        second.shutdown();
        deleteSites();
        Files.deleteIfExists(folders);
    }

    private int write(Map<String, String> cache) throws IOException {
        SiteWriter writer = new SiteWriter(templates, markdown, out, project, "bench");
        writer.writeAll(project, scores, report, annex, figures, cache);
        return writer.pages().size();
    }
}
