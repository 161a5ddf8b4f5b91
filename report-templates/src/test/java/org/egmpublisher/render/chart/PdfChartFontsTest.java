package org.egmpublisher.render.chart;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import org.egmpublisher.render.Fonts;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

class PdfChartFontsTest {

    final PdfChartFonts fonts = new PdfChartFonts();

    @Test
    void shippedFacesMapToTheirOwnFiles() {
        assertTrue(fonts.awtToPdf(Fonts.regular(12)).getPostscriptFontName().endsWith("DejaVuSans"));
        assertTrue(fonts.awtToPdf(Fonts.bold(12)).getPostscriptFontName().endsWith("DejaVuSans-Bold"));
        assertTrue(fonts.awtToPdf(ChartTheme.titleFont()).getPostscriptFontName().endsWith("DejaVuSans-Bold"));
    }

    @Test
    void logicalAndUnknownFontsFallBackToDejaVuOfTheSameWeightNeverHelvetica() {
        BaseFont plain = fonts.awtToPdf(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        BaseFont bold = fonts.awtToPdf(new Font("Some Font Nobody Has", Font.BOLD, 10));
        assertTrue(plain.getPostscriptFontName().endsWith("DejaVuSans"), plain.getPostscriptFontName());
        assertTrue(bold.getPostscriptFontName().endsWith("DejaVuSans-Bold"), bold.getPostscriptFontName());
    }

    @Test
    void eachFaceIsLoadedOncePerInstance() {
        assertSame(fonts.awtToPdf(Fonts.regular(9)), fonts.awtToPdf(Fonts.regular(14)));
    }
}
