package org.egmpublisher.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SvgElementTest {

    @Test
    void coordinatesKeepOneDecimalAndNoTrailingZero() {
        assertEquals("12", SvgElement.oneDecimal(12.04));
        assertEquals("12.1", SvgElement.oneDecimal(12.05));
        assertEquals("-0.5", SvgElement.oneDecimal(-0.46));
        assertEquals("0", SvgElement.oneDecimal(-0.04));
        assertEquals("0", SvgElement.oneDecimal(Double.NaN));
        assertEquals("0.707", SvgElement.threeDecimals(Math.sqrt(0.5)));
        assertEquals("-1", SvgElement.threeDecimals(-1.0000001));
    }

    @Test
    void coordinatesOnTheCanvasReadTheSameFromTheTableOfTenths() {
        for (int i = -2_000; i <= 210_000; i++) {
            double v = i / 200.0 + (i % 7 - 3) * 1e-9;
            String expected = java.math.BigDecimal.valueOf(Math.round(v * 10)).movePointLeft(1).stripTrailingZeros()
                    .toPlainString();
            String got = SvgElement.oneDecimal(v);
            assertEquals(expected.equals("-0") ? "0" : expected, got, "at " + v);
            assertEquals(got, SvgElement.oneDecimal(v), "the second time, from the table");
        }
        assertEquals("999.9", SvgElement.oneDecimal(999.94));
        assertEquals("1000", SvgElement.oneDecimal(999.96), "rounds past the table's end");
    }

    @Test
    void textIsEscapedForContentAndAttributes() {
        assertEquals("R&amp;D &lt;b&gt; &quot;x&quot; &#39;y&#39;  ", SvgElement.escape("R&D <b> \"x\" 'y' \u0001"));
    }

    @Test
    void rootNamesTitleAndDescription() {
        String svg = SvgElement.root("map-1", 10, 20, "T & t", "D", "<g/>");
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map-1\" width=\"10\" height=\"20\""
                + " viewBox=\"0 0 10 20\" role=\"img\" aria-labelledby=\"map-1-title map-1-desc\">"
                + "<title id=\"map-1-title\">T &amp; t</title><desc id=\"map-1-desc\">D</desc><g/></svg>", svg);
    }

    @Test
    void idsAreLowerCaseHyphenatedWords() {
        assertEquals("egdi-by-region-2024", SvgElement.requireId("egdi-by-region-2024"));
        assertThrows(IllegalArgumentException.class, () -> SvgElement.requireId("2024-map"));
        assertThrows(IllegalArgumentException.class, () -> SvgElement.requireId("a--b"));
    }
}
