package org.egmpublisher.render.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.egmpublisher.render.chart.ChartTheme.Palette;
import org.junit.jupiter.api.Test;

/** The palettes keep the contrast promised in their documentation (WCAG 2.2 non-text contrast, 3:1). */
public class ChartThemeTest {

    @Test
    void everyGroupColourContrastsAtLeastThreeToOneWithWhite() {
        for (Color c : Palette.GROUPS.colours()) {
            assertTrue(contrast(c, Color.WHITE) >= 3, c + " " + contrast(c, Color.WHITE));
        }
    }

    @Test
    void groupColoursGetLighterFromVeryHighToLowSoTheyReadInGrey() {
        for (int i = 1; i < Palette.GROUPS.colours().size(); i++) {
            assertTrue(luminance(Palette.GROUPS.colour(i)) > luminance(Palette.GROUPS.colour(i - 1)) * 1.3);
        }
    }

    @Test
    void theFirstFiveCategoricalColoursContrastAtLeastThreeToOneWithWhite() {
        for (int i = 0; i < 5; i++) {
            Color c = Palette.CATEGORICAL.colour(i);
            assertTrue(contrast(c, Color.WHITE) >= 3, c + " " + contrast(c, Color.WHITE));
        }
        assertTrue(contrast(ChartTheme.TEXT, Color.WHITE) >= 4.5);
        assertTrue(contrast(ChartTheme.AXIS, Color.WHITE) >= 3);
    }

    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
