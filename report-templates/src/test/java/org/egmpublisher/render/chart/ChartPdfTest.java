package org.egmpublisher.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Charts drawn into OpenPDF as the PDFs will have them: vectors and real text in the shipped fonts. */
class ChartPdfTest {

    static final PdfChartFonts FONTS = new PdfChartFonts();

    static java.util.stream.Stream<Supplier<Chart>> catalogue() {
        return ChartsTest.catalogue();
    }

    @ParameterizedTest
    @MethodSource("catalogue")
    void drawsVectorsAndSearchableTextWithEmbeddedDejaVu(Supplier<Chart> build) throws Exception {
        Chart chart = build.get();
        float w = 453;
        float h = w * chart.height() / chart.width();
        PdfDrawing.Result pdf = PdfDrawing.read(PdfDrawing.draw(chart, w, h, FONTS));

        assertEquals(0, pdf.images(), "no image XObjects");
        assertEquals(1, pdf.forms(), "the chart is one form XObject");
        assertTrue(pdf.content().contains(" re") || pdf.content().contains(" l\n"), "path operators");
        assertTrue(pdf.content().contains("\nf\n") || pdf.content().contains(" f\n") || pdf.content().contains("f*"),
                "filled shapes");
        assertTrue(pdf.content().contains("Tj") || pdf.content().contains("TJ"), "text shown as text");
        String text = pdf.text().replaceAll("\\s+", " ");
        assertTrue(text.contains(chart.title()), "title extractable: " + text);
        assertFalse(pdf.fonts().isEmpty());
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.getName().contains("DejaVuSans"), "font " + font.getName());
            assertTrue(font.isEmbedded(), "embedded " + font.getName());
        }
    }
}
