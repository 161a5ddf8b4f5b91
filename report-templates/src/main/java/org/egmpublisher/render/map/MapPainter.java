package org.egmpublisher.render.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.egmpublisher.render.chart.ChartTheme;
import org.egmpublisher.render.chart.FittedDrawing;

/**
 * Draws a {@link WorldMap} into a Graphics2D (the PDF's {@code PdfGraphics2D}, or an image for the
 * PNG) from the same quantised geometry as the SVG, as vectors only: the no-data hatch is drawn as
 * clipped lines rather than a texture, which a PDF would store as an image.
 */
final class MapPainter {

    private MapPainter() {
    }

    static void paint(WorldMap map, Graphics2D g, Rectangle2D area) {
        FittedDrawing.draw(g, area, map, fitted -> paintUnscaled(map, fitted));
    }

    private static void paintUnscaled(WorldMap map, Graphics2D g) {
        WorldGeometry geo = map.geometry;
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, map.width(), map.height()));
        g.setPaint(ChartTheme.TEXT);
        g.setFont(ChartTheme.titleFont());
        g.drawString(map.title(), WorldMap.MARGIN, 22f);

        Path2D.Float sphere = WorldGeometry.path(java.util.List.of(geo.sphere), WorldMap.MAP_X, WorldMap.MAP_Y);
        g.setPaint(Color.decode(MapSvg.SPHERE_FILL));
        g.fill(sphere);
        g.setStroke(new BasicStroke(0.5f));
        g.setPaint(Color.decode(MapSvg.SPHERE_STROKE));
        g.draw(sphere);

        Stroke border = new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        for (WorldGeometry.Outline o : geo.outlines) {
            Path2D.Float path = WorldGeometry.path(o.rings(), WorldMap.MAP_X, WorldMap.MAP_Y);
            var fill = map.fill(o.m49());
            if (fill.isPresent()) {
                g.setPaint(fill.get());
                g.fill(path);
            } else {
                hatch(g, path);
            }
            g.setStroke(border);
            g.setPaint(Color.WHITE);
            g.draw(path);
        }

        g.setStroke(new BasicStroke(0.8f));
        for (MapValue v : map.shownAsDots()) {
            WorldGeometry.Dot d = geo.dots.get(v.m49());
            Ellipse2D dot = circle(WorldMap.MAP_X + d.x() / 10.0, WorldMap.MAP_Y + d.y() / 10.0);
            g.setPaint(map.fill(v.m49()).orElseThrow());
            g.fill(dot);
            g.setPaint(ChartTheme.TEXT);
            g.draw(dot);
        }

        g.setFont(WorldMap.legendFont());
        for (WorldMap.LegendItem item : map.legend()) {
            float x = (float) item.x();
            float y = (float) item.y();
            Rectangle2D swatch = new Rectangle2D.Double(x, y, WorldMap.SWATCH_W, WorldMap.SWATCH_H);
            g.setStroke(new BasicStroke(0.5f));
            switch (item.kind()) {
                case HEADING -> {
                    g.setPaint(ChartTheme.TEXT);
                    g.drawString(item.text(), x, y);
                    continue;
                }
                case CLASS -> {
                    g.setPaint(map.classes().get(item.classIndex()).fill());
                    g.fill(swatch);
                    g.setPaint(ChartTheme.TEXT);
                    g.draw(swatch);
                }
                case NO_DATA -> {
                    hatch(g, swatch);
                    g.setPaint(ChartTheme.TEXT);
                    g.draw(swatch);
                }
                case DOT -> {
                    Ellipse2D dot = circle(x + WorldMap.SWATCH_W / 2.0, y + WorldMap.SWATCH_H / 2.0);
                    g.setPaint(Color.WHITE);
                    g.fill(dot);
                    g.setStroke(new BasicStroke(0.8f));
                    g.setPaint(ChartTheme.TEXT);
                    g.draw(dot);
                }
            }
            g.setPaint(ChartTheme.TEXT);
            g.drawString(item.text(), x + WorldMap.SWATCH_W + 5, y + WorldMap.SWATCH_H - 1);
        }
    }

    private static Ellipse2D circle(double cx, double cy) {
        double r = MapSvg.DOT_RADIUS;
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** Light grey with diagonal lines every 6 px, the same pattern as the SVG's. */
    private static void hatch(Graphics2D g, Shape shape) {
        g.setPaint(ChartTheme.NO_DATA);
        g.fill(shape);
        Shape clip = g.getClip();
        g.clip(shape);
        g.setPaint(Color.decode(MapSvg.HATCH));
        g.setStroke(new BasicStroke(0.7f));
        Rectangle2D b = shape.getBounds2D();
        double start = Math.floor((b.getMinX() + b.getMinY()) / 6) * 6;
        for (double s = start; s <= b.getMaxX() + b.getMaxY() + 6; s += 6) {
            // Lines x + y = s, matching the pattern tiles anchored at the origin.
            g.draw(new Line2D.Double(s - b.getMaxY() - 1, b.getMaxY() + 1, s - b.getMinY() + 1, b.getMinY() - 1));
        }
        g.setClip(clip);
    }
}
