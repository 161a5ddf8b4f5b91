package org.egmpublisher.render.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Draws a figure of a preferred size into any area: scaled uniformly, centred, and with the
 * graphics state given back untouched, since the same Graphics2D (a PDF page's) goes on drawing.
 */
public final class FittedDrawing {

    /** Draws at the figure's own size, from (0, 0). */
    @FunctionalInterface
    public interface Painter {
        void paint(Graphics2D g);
    }

    private FittedDrawing() {
    }

    public static void draw(Graphics2D g, Rectangle2D area, Figure figure, Painter painter) {
        int width = figure.width();
        int height = figure.height();
        double scale = Math.min(area.getWidth() / width, area.getHeight() / height);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("figure '" + figure.id() + "' needs a drawing area of positive size, got "
                    + area);
        }
        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        Paint paint = g.getPaint();
        Stroke stroke = g.getStroke();
        Font font = g.getFont();
        try {
            g.translate(area.getX() + (area.getWidth() - width * scale) / 2,
                    area.getY() + (area.getHeight() - height * scale) / 2);
            g.scale(scale, scale);
            painter.paint(g);
        } finally {
            g.setTransform(transform);
            g.setClip(clip);
            g.setPaint(paint);
            g.setStroke(stroke);
            g.setFont(font);
        }
    }
}
