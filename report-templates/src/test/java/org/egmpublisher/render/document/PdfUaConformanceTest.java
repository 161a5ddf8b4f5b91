package org.egmpublisher.render.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.egmpublisher.render.markdown.Markdown;
import org.egmpublisher.render.pdf.PdfRenderer;
import org.egmpublisher.render.pdf.PdfUa;
import org.junit.jupiter.api.Test;

/** Both documents of the bundled example, rendered as {@code egm build} renders them, pass veraPDF's PDF/UA-1 checks. */
class PdfUaConformanceTest {

    private static final PdfDocumentWriter WRITER = new PdfDocumentWriter(AnnexBuilderTest.Fixture.TEMPLATES,
            new PdfRenderer(Instant.parse("2021-03-31T00:00:00Z")), "9.9.9-test");

    @Test
    void theReportIsAccessiblePdf() throws Exception {
        DocumentContent report = new ReportBuilder(AnnexBuilderTest.Fixture.TEMPLATES, new Markdown())
                .build(AnnexBuilderTest.Fixture.PROJECT, AnnexBuilderTest.Fixture.FIGURES);
        assertEquals(List.of(), PdfUa.violations(WRITER.write(report, "UN DESA", List.of("29-31 March 2021"))));
    }

    @Test
    void theMethodologyAnnexIsAccessiblePdf() throws Exception {
        assertEquals(List.of(), PdfUa.violations(
                WRITER.write(AnnexBuilderTest.Fixture.ANNEX, "UN DESA", List.of("E-Government Survey 2024"))));
    }
}
