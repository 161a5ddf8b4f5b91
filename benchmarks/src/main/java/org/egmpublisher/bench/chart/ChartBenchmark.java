package org.egmpublisher.bench.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.egmpublisher.model.Problems;
import org.egmpublisher.model.load.SurveyLoader;
import org.egmpublisher.render.chart.Charts;
import org.egmpublisher.render.chart.Figure;
import org.egmpublisher.render.chart.PdfChartFonts;
import org.egmpublisher.render.map.WorldMap;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.SurveyScores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Time per figure: building it and writing its SVG (what the site pays per chart), drawing it
 * into a PDF template (what the report pays), and the PNG download. Run with the project root as
 * the working directory (the bundled example is read from {@code examples/egm-2021}), e.g.
 * {@code java -jar benchmarks/target/benchmarks.jar ChartBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChartBenchmark {

    @Param({"egdi-by-region", "groups-by-region", "index-history", "components", "scatter", "world-map"})
    public String figure;

    private SurveyScores scores;
    private EditionScores edition;
    private Figure built;
    private PdfChartFonts fonts;

    @Setup(Level.Trial)
    public void load() {
        Path root = Path.of(System.getProperty("egm.project", "examples/egm-2021"));
        Problems problems = new Problems();
        scores = Scoring.score(SurveyLoader.load(root, problems));
        if (problems.hasErrors()) {
            throw new IllegalStateException("the project has problems: " + problems.all());
        }
        edition = scores.latest();
        fonts = new PdfChartFonts();
        built = build();
    }

    private Figure build() {
        return switch (figure) {
            case "egdi-by-region" -> Charts.egdiByRegion(edition);
            case "groups-by-region" -> Charts.groupsByRegion(edition);
            case "index-history" -> Charts.indexHistory(scores.history("DNK"));
            case "components" -> Charts.countryComponents(edition, "KEN");
            case "scatter" -> Charts.indexScatter(edition);
            case "world-map" -> WorldMap.egdiGroups(edition);
            default -> throw new IllegalArgumentException("unknown figure " + figure);
        };
    }

    /** A new figure and its SVG: the SVG is kept by the figure, so it is built afresh each time. */
    @Benchmark
    public String buildAndSvg() {
        return build().svg();
    }

    /** Drawing the already built figure into a PDF template, the document included. */
    @Benchmark
    public void pdf(Blackhole hole) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(new Rectangle(595, 842));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte cb = writer.getDirectContent();
        float w = 453;
        float h = w * built.height() / built.width();
        PdfTemplate template = cb.createTemplate(w, h);
        Graphics2D g = template.createGraphics(w, h, fonts);
        built.draw(g, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        cb.addTemplate(template, 71, 400);
        document.close();
        hole.consume(out.size());
    }

    /** The PNG download at twice the preferred size. */
    @Benchmark
    public byte[] png() {
        return built.png(2 * built.width(), 2 * built.height());
    }
}
