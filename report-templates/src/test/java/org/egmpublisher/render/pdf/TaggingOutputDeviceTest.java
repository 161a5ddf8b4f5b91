package org.egmpublisher.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small document rendered to PDF, its tags read back: the structure a screen reader is given. */
class TaggingOutputDeviceTest {

    private static final String XHTML = """
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Tags</title><style>
            @page { @top-center { content: element(header); } @bottom-right { content: "Page " counter(page); } }
            .header { position: running(header); }
            table { border-collapse: collapse; } td, th { border: 1px solid black; }
            .box { background: #eee; border: 1px solid #999; }
            </style></head><body>
            <div class="header">Running header</div>
            <h1>A heading</h1>
            <p>A paragraph with <em>emphasis</em> in it.</p>
            <p>See <a href="#values">the <em>values</em></a> below, or <a href="https://egm.invalid/data" title="The data">the data</a>.</p>
            <ul><li>First item</li><li><p>Second item, in a paragraph</p></li><li><a href="#values">To the values</a></li></ul>
            <ol><li>Numbered</li></ol>
            <table id="values"><caption>A table</caption><tr><th scope="col">Name</th><th scope="col">Value</th></tr><tr><td>EGDI</td><td>0.9</td></tr>
              <tr><td></td><td>1.0</td></tr><tr><td colspan="2">A note across both columns</td></tr></table>
            <div class="box">Text straight in a box</div>
            <div><img alt="" style="width:5mm;height:5mm"
              src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"/></div>
            <figure><object type="application/x-drawing" data="chart" aria-label="A chart. It rises."
              style="display:block;width:40mm;height:20mm"/><figcaption>Figure 1: A chart.</figcaption></figure>
            </body></html>
            """;

    private static final Drawing CHART = (g, area) -> {
        g.setColor(Color.BLUE);
        g.fill(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth() / 2, area.getHeight()));
        g.drawString("drawn text", (float) area.getX(), (float) area.getCenterY());
    };

    private static final byte[] BYTES = new PdfRenderer(Instant.parse("2021-03-31T00:00:00Z"))
            .render(XHTML, "https://egm.invalid/", Map.of("chart", CHART));

    private final TaggedPdf pdf = read();

    private static TaggedPdf read() {
        try {
            return TaggedPdf.of(BYTES);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void passesTheMachineChecksOfPdfUa() throws Exception {
        // Empty cells and cells spanning columns keep every row's column count; the XMP declares PDF/UA-1.
        assertEquals(List.of(), PdfUa.violations(BYTES));
    }

    @Test
    void isMarkedAsTagged() {
        assertTrue(pdf.marked());
    }

    @Test
    void givesTheStructureOfTheXhtmlInReadingOrder() {
        assertEquals("Document(H1 P P(Span Link Span Link Span) L(LI(LBody) LI(LBody) LI(LBody(Link))) L(LI(LBody))"
                + " Table(Caption TR(TH TH) TR(TD TD) TR(TD TD) TR(TD)) P Figure Caption)", pdf.tree());
    }

    @Test
    void headerCellsSayWhatTheyHead() {
        assertEquals(List.of("Column", "Column"), pdf.headerScopes());
    }

    @Test
    void eachLinkAnnotationBelongsToItsLinkElementWhichRefersBackAndSaysWhereItLeads() {
        assertEquals(List.of("the values -> Link (OBJR)", "The data -> Link (OBJR)", "To the values -> Link (OBJR)"),
                pdf.links());
        assertEquals(pdf.pages(), pdf.tabOrderPages(), "tab order follows the structure on every page");
    }

    @Test
    void aDecorativeImageIsAnArtifactNotAFigure() {
        assertEquals(1, pdf.tree().split("Figure", -1).length - 1, "only the chart is a figure: " + pdf.tree());
        assertEquals(List.of(), pdf.unmarked());
    }

    @Test
    void aFigureCarriesItsTextAlternative() {
        assertEquals(List.of("A chart. It rises."), pdf.alternatives());
    }

    @Test
    void theRunningHeaderPageNumbersAndListMarkersAreArtifactsAndNothingIsLeftUnmarked() {
        assertEquals(List.of(), pdf.unmarked());
        // The running header, "Page 1" and the list number "1.": three artifacts at least.
        assertTrue(pdf.artifactText() >= 3, "artifact text: " + pdf.artifactText());
        assertTrue(pdf.taggedText() >= 10, "tagged text: " + pdf.taggedText());
    }
}
