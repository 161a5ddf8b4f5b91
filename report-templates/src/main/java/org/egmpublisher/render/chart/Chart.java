package org.egmpublisher.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.egmpublisher.render.Fonts;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A built chart: one JFreeChart, made once by {@link Charts}, drawn for every target (SVG, PDF
 * vectors, PNG), with its summary and data table. Immutable from the outside; the JFreeChart is
 * never handed out, and drawing is serialised on it because JFreeChart objects are not safe to
 * draw from two threads at once. The SVG is made on first request and kept.
 */
public final class Chart implements Figure {

    /** What JFreeSVG writes on every chart and SVG implies: opacities of 1, and an empty {@code <defs>}. */
    private static final List<String> IMPLIED = List.of(" fill-opacity: 1.0;", "stroke-opacity:1.0;", "<defs></defs>");

    private final String id;
    private final String title;
    private final String summary;
    private final DataTable table;
    private final int width;
    private final int height;
    private final Supplier<JFreeChart> make;
    private JFreeChart chart; // made on first drawing; guarded by this
    private final Supplier<String> fingerprint;
    private volatile String svg;

    /**
     * {@code make} builds the JFreeChart, on the first drawing: a figure taken from the cache of an
     * earlier build is never drawn. {@code fingerprint} is the factory's {@link Fingerprint} of the
     * arguments the chart was built from ({@link Fingerprint#later}).
     */
    Chart(String id, String title, String summary, DataTable table, int width, int height, Supplier<JFreeChart> make,
          Supplier<String> fingerprint) {
        this.id = SvgElement.requireId(id);
        Text.requireText(title, "chart title of '" + id + "'");
        Text.requireText(summary, "summary of chart '" + id + "'");
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("chart '" + id + "' must be at least 100 × 100 px, got "
                    + width + " × " + height);
        }
        this.title = title;
        this.summary = summary;
        this.table = table;
        this.width = width;
        this.height = height;
        this.make = make;
        this.fingerprint = fingerprint;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public DataTable table() {
        return table;
    }

    @Override
    public String fingerprint() {
        return fingerprint.get();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public String svg() {
        String s = svg;
        if (s == null) {
            s = renderSvg();
            svg = s;
        }
        return s;
    }

    /** Draws a fresh SVG, bypassing the kept copy: what {@link #svg()} costs the first time. */
    String renderSvg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // Fixed, per-chart prefix: clip-path ids are unique on a page and stable across runs.
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(SvgElement::oneDecimal);
        g.setTransformDoubleConverter(SvgElement::threeDecimals);
        // Name only the shipped face (which laid the text out) and the generic family.
        g.setFontFunction(family -> Fonts.SANS.equals(family) ? Fonts.SANS + ", sans-serif" : "sans-serif");
        JFreeChart c = chart();
        synchronized (c) {
            c.draw(g, new Rectangle2D.Double(0, 0, width, height));
        }
        String element = g.getSVGElement();
        int start = element.indexOf('>') + 1;
        int end = element.lastIndexOf("</svg>");
        return SvgElement.root(id, width, height, title, summary, compact(element.substring(start, end)));
    }

    /**
     * Drops what JFreeSVG writes but SVG implies: opacities of 1, and the clip to the whole canvas
     * that JFreeChart sets first (the element's own viewport clips the same). Charts shrink by a
     * third; the drawing is unchanged.
     */
    private String compact(String body) {
        String canvas = "<clipPath id='" + id + "-clip-0'><path d='M0,0L" + width + ",0L" + width + "," + height
                + "L0," + height + "L0,0Z'/></clipPath>";
        if (!body.contains(canvas)) {
            return without(body, IMPLIED); // clip-0 is some other clip, whose references stay
        }
        List<String> parts = new ArrayList<>(List.of(canvas, " clip-path='url(#" + id + "-clip-0)'"));
        parts.addAll(IMPLIED);
        return without(body, parts);
    }

    /**
     * {@code text} without any of {@code parts}, and without a {@code <defs>} that this leaves
     * empty: one copy, where a {@code replace} per part copied the chart's text (two bytes a
     * character, as its titles hold dashes) once for each.
     */
    static String without(String text, List<String> parts) {
        int[] next = new int[parts.size()];
        for (int i = 0; i < next.length; i++) {
            next[i] = text.indexOf(parts.get(i));
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int first = -1;
            for (int i = 0; i < next.length; i++) {
                if (next[i] >= 0 && (first < 0 || next[i] < next[first])) {
                    first = i;
                }
            }
            if (first < 0) {
                break;
            }
            out.append(text, from, next[first]);
            from = next[first] + parts.get(first).length();
            if (text.startsWith("</defs>", from) && endsWith(out, "<defs>")) {
                out.setLength(out.length() - 6);
                from += 7;
            }
            for (int i = 0; i < next.length; i++) {
                if (next[i] >= 0 && next[i] < from) {
                    next[i] = text.indexOf(parts.get(i), from);
                }
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean endsWith(StringBuilder b, String suffix) {
        int start = b.length() - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (b.charAt(start + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        FittedDrawing.draw(g, area, this, fitted -> {
            JFreeChart c = chart();
            synchronized (c) {
                c.draw(fitted, new Rectangle2D.Double(0, 0, width, height));
            }
        });
    }

    private synchronized JFreeChart chart() {
        if (chart == null) {
            chart = make.get();
        }
        return chart;
    }

    @Override
    public String toString() {
        return "Chart[" + id + ": " + title + "]";
    }
}
