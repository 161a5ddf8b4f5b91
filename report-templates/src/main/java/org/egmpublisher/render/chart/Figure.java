package org.egmpublisher.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A figure the documents and the site can place: a chart or a map. Every figure carries its text
 * alternative ({@link #summary()}) and its data ({@link #table()}), so no renderer can show the
 * picture without them.
 *
 * <p>Implementations are immutable and thread-safe; the same figure feeds every output.
 */
public interface Figure {

    /** A stable id, unique on a page: the SVG element id and the prefix of every id inside it. */
    String id();

    String title();

    /** One sentence written from the data, e.g. "Europe has the highest mean EGDI, 0.8493, …". */
    String summary();

    /** The data drawn, formatted, for the table printed next to the figure. */
    DataTable table();

    /** Preferred width in CSS pixels; the SVG's viewBox and the PNG's default size. */
    int width();

    /** Preferred height in CSS pixels. */
    int height();

    /**
     * A complete {@code <svg>} element, well-formed XML, with {@code role="img"}, a {@code <title>}
     * and a {@code <desc>} named by {@code aria-labelledby}, width, height and a viewBox so that it
     * scales with CSS. The same input gives the same bytes.
     */
    String svg();

    /**
     * Draws the figure as vectors into {@code area} of {@code g} (for the PDF, a
     * {@code PdfGraphics2D}; see {@link PdfChartFonts}). The figure is laid out at its preferred size
     * and scaled uniformly to fit the area, centred, so the print matches the web. The state of
     * {@code g} (transform, clip, paint, stroke, font) is restored afterwards.
     */
    void draw(Graphics2D g, Rectangle2D area);

    /**
     * A digest of everything the figure is drawn from ({@link Fingerprint}): figures with the same
     * fingerprint draw the same, so what was made from one can be reused for the other.
     */
    String fingerprint();

    /** A PNG of the figure scaled to {@code width} × {@code height} pixels, for downloads only. */
    default byte[] png(int width, int height) {
        return Png.render(this, width, height);
    }
}
