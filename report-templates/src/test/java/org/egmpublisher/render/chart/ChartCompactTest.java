package org.egmpublisher.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link Chart} drops from JFreeSVG's output, and that the drawing itself stays. */
class ChartCompactTest {

    @Test
    void everyPartGoesInOnePassAndADefsLeftEmptyGoesToo() {
        assertEquals("ab", Chart.without("a<defs><x/></defs>b", List.of("<x/>", "<defs></defs>")));
        assertEquals("<defs><y/></defs>", Chart.without("<defs><x/><y/></defs>", List.of("<x/>")));
        assertEquals("abc", Chart.without("aXXbXc", List.of("X")));
        assertEquals("a–b–", Chart.without("a–Y b–Y", List.of("Y ", "Y")), "two-byte text, parts side by side");
        assertEquals("same", Chart.without("same", List.of("absent")));
        assertEquals("", Chart.without("<defs></defs>", List.of("<defs></defs>")));
    }

    @Test
    void aChartKeepsItsShapesAndLosesOnlyWhatSvgImplies() {
        // The example's real 2024 scores; each chart's text holds an en dash, so it is two-byte text.
        String svg = Charts.egdiByRegion(SurveyFixture.scores().latest()).svg();
        Svg.parse(svg);
        assertFalse(svg.contains("fill-opacity: 1.0;"), "opacity 1 is the default");
        assertFalse(svg.contains("stroke-opacity:1.0;"));
        assertFalse(svg.contains("<defs></defs>"));
        assertFalse(svg.contains("-clip-0"), "the clip to the whole canvas, and every reference to it");
        assertTrue(svg.contains("<rect") && svg.contains("<text"), "the drawing stays");
    }
}
