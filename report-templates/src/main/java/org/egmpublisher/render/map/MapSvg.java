package org.egmpublisher.render.map;

import java.awt.Color;
import java.util.Locale;
import org.egmpublisher.render.Fonts;
import org.egmpublisher.render.chart.ChartTheme;
import org.egmpublisher.render.chart.SvgElement;

/**
 * Writes a {@link WorldMap} as SVG by hand rather than through a Graphics2D, to keep it small:
 * integer coordinates (tenths only where a feature would collapse), relative moves with implicit
 * repeats, one {@code <path>} per feature with its {@code <title>}, shared stroke settings on the
 * group. The 1:110m world comes to about 50 KB.
 */
final class MapSvg {

    static final String COUNTRY_STROKE = "#fff";
    static final String SPHERE_FILL = "#f4f7fa";
    static final String SPHERE_STROKE = "#b8c2cc";
    static final String HATCH = "#8c8c8c";
    static final double DOT_RADIUS = 3.5;

    private MapSvg() {
    }

    static String write(WorldMap map) {
        WorldGeometry geo = map.geometry;
        String id = map.id();
        String nodata = id + "-nodata";
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<defs><pattern id=\"").append(nodata)
                .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"")
                .append(hex(ChartTheme.NO_DATA)).append("\"/><path d=\"M0 6L6 0M-1 1L1-1M5 7L7 5\" stroke=\"").append(HATCH)
                .append("\" stroke-width=\"0.7\"/></pattern></defs>");
        out.append("<rect width=\"").append(map.width()).append("\" height=\"").append(map.height())
                .append("\" fill=\"#fff\"/>");
        out.append("<g font-family=\"").append(Fonts.SANS).append(", sans-serif\" fill=\"").append(hex(ChartTheme.TEXT))
                .append("\">");
        out.append("<text x=\"").append(WorldMap.MARGIN).append("\" y=\"22\" font-size=\"")
                .append(num(ChartTheme.TITLE_SIZE)).append("\" font-weight=\"bold\">").append(SvgElement.escape(map.title()))
                .append("</text>");

        out.append("<path d=\"");
        ring(out, geo.sphere, WorldMap.MAP_X * 10, WorldMap.MAP_Y * 10);
        out.append("\" fill=\"").append(SPHERE_FILL).append("\" stroke=\"").append(SPHERE_STROKE)
                .append("\" stroke-width=\"0.5\"/>");

        out.append("<g stroke=\"").append(COUNTRY_STROKE)
                .append("\" stroke-width=\"0.5\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">");
        for (WorldGeometry.Outline o : geo.outlines) {
            out.append("<path d=\"");
            for (int[] r : o.rings()) {
                ring(out, r, WorldMap.MAP_X * 10, WorldMap.MAP_Y * 10);
            }
            out.append("\" fill=\"").append(map.fill(o.m49()).map(MapSvg::hex).orElse("url(#" + nodata + ")"))
                    .append("\"><title>").append(SvgElement.escape(map.hover(o.m49(), o.name()))).append("</title></path>");
        }
        out.append("</g>");

        out.append("<g stroke=\"").append(hex(ChartTheme.TEXT)).append("\" stroke-width=\"0.8\">");
        for (MapValue v : map.shownAsDots()) {
            WorldGeometry.Dot d = geo.dots.get(v.m49());
            out.append("<circle cx=\"").append(tenths(WorldMap.MAP_X * 10 + d.x())).append("\" cy=\"")
                    .append(tenths(WorldMap.MAP_Y * 10 + d.y())).append("\" r=\"").append(num(DOT_RADIUS))
                    .append("\" fill=\"").append(hex(map.fill(v.m49()).orElseThrow())).append("\"><title>")
                    .append(SvgElement.escape(map.hover(v.m49(), v.name()))).append("</title></circle>");
        }
        out.append("</g>");

        out.append("<g font-size=\"").append(num(WorldMap.LEGEND_SIZE)).append("\">");
        for (WorldMap.LegendItem item : map.legend()) {
            double x = item.x();
            double y = item.y();
            switch (item.kind()) {
                case HEADING -> {
                    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\">")
                            .append(SvgElement.escape(item.text())).append("</text>");
                    continue;
                }
                case CLASS -> swatch(out, x, y, hex(map.classes().get(item.classIndex()).fill()));
                case NO_DATA -> swatch(out, x, y, "url(#" + nodata + ")");
                case DOT -> out.append("<circle cx=\"").append(num(x + WorldMap.SWATCH_W / 2.0)).append("\" cy=\"")
                        .append(num(y + WorldMap.SWATCH_H / 2.0)).append("\" r=\"").append(num(DOT_RADIUS))
                        .append("\" fill=\"#fff\" stroke=\"").append(hex(ChartTheme.TEXT))
                        .append("\" stroke-width=\"0.8\"/>");
            }
            out.append("<text x=\"").append(num(x + WorldMap.SWATCH_W + 5)).append("\" y=\"")
                    .append(num(y + WorldMap.SWATCH_H - 1)).append("\">").append(SvgElement.escape(item.text()))
                    .append("</text>");
        }
        out.append("</g></g>");
        return SvgElement.root(id, map.width(), map.height(), map.title(), map.summary(), out.toString());
    }

    private static void swatch(StringBuilder out, double x, double y, String fill) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(WorldMap.SWATCH_W).append("\" height=\"").append(WorldMap.SWATCH_H).append("\" fill=\"")
                .append(fill).append("\" stroke=\"").append(hex(ChartTheme.TEXT)).append("\" stroke-width=\"0.5\"/>");
    }

    /** One closed ring: an absolute move, then relative lines with implicit repeats, then {@code z}. */
    private static void ring(StringBuilder out, int[] r, int dx, int dy) {
        out.append('M').append(tenths(r[0] + dx)).append(' ').append(tenths(r[1] + dy)).append('l');
        for (int i = 2; i < r.length; i += 2) {
            coordinate(out, r[i] - r[i - 2], i > 2);
            coordinate(out, r[i + 1] - r[i - 1], true);
        }
        out.append('z');
    }

    /** A number after another: a minus sign separates on its own, otherwise a space does. */
    private static void coordinate(StringBuilder out, int v, boolean separate) {
        if (separate && v >= 0) {
            out.append(' ');
        }
        out.append(tenths(v));
    }

    /** Tenths of a pixel as a number with at most one decimal. */
    static String tenths(int v) {
        if (v % 10 == 0) {
            return Integer.toString(v / 10);
        }
        int a = Math.abs(v);
        return (v < 0 ? "-" : "") + a / 10 + "." + a % 10;
    }

    static String num(double v) {
        return SvgElement.oneDecimal(v);
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
