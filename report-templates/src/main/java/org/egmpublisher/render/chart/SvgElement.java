package org.egmpublisher.render.chart;

import java.util.regex.Pattern;

/**
 * Writes the accessible root of a figure's SVG, the same for charts and maps: {@code role="img"},
 * a {@code <title>} and a {@code <desc>} named by {@code aria-labelledby}, width, height and a
 * viewBox. Every id inside the element starts with the figure id, so several figures can share an
 * XHTML page.
 */
public final class SvgElement {

    /** A figure id: lower-case letters and digits in hyphen-separated words, e.g. {@code egdi-by-region-2024}. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private SvgElement() {
    }

    /** Checks a figure id, naming the rule in the message. */
    public static String requireId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("figure id '" + id
                    + "' must be lower-case letters and digits in hyphen-separated words, starting with a letter,"
                    + " e.g. egdi-by-region-2024");
        }
        return id;
    }

    /**
     * The complete element: {@code body} is the SVG content (already well-formed) drawn in a
     * {@code width × height} user space.
     */
    public static String root(String id, int width, int height, String title, String desc, String body) {
        StringBuilder out = new StringBuilder(body.length() + 512);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (body.contains("xlink:")) {
            out.append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
        }
        out.append(" id=\"").append(id).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>")
                .append(body).append("</svg>");
        return out.toString();
    }

    /** Escapes text for XML content and for attributes in either kind of quotes. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? " " : null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A coordinate with at most one decimal, without a trailing {@code .0}: enough for a 0.1 px grid,
     * and about half the bytes of the default conversion.
     */
    public static String oneDecimal(double v) {
        if (v >= 0 && v < CANVAS_TENTHS / 10.0) {
            int tenths = (int) Math.round(v * 10);
            if (tenths < CANVAS_TENTHS) {
                // A race only makes the same string twice; a String is safe to share without a lock.
                String s = TENTHS[tenths];
                if (s == null) {
                    s = fixed(v, 10);
                    TENTHS[tenths] = s;
                }
                return s;
            }
        }
        return fixed(v, 10);
    }

    /**
     * The coordinates of a canvas up to 1,000 px, in tenths, as {@link #oneDecimal} writes them, each
     * made on first use. JFreeSVG asks for every coordinate of every shape, some 3,000 a chart, and a
     * chart's coordinates repeat: formatting each afresh was a twentieth of a build's allocation.
     */
    private static final int CANVAS_TENTHS = 10_000;
    private static final String[] TENTHS = new String[CANVAS_TENTHS];

    /** At most three decimals: for transform matrices, whose scale terms need the precision. */
    static String threeDecimals(double v) {
        return fixed(v, 1000);
    }

    private static String fixed(double v, int scale) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long r = Math.round(v * scale);
        if (r == 0) {
            return "0";
        }
        long abs = Math.abs(r);
        long whole = abs / scale;
        long frac = abs % scale;
        StringBuilder out = new StringBuilder(12);
        if (r < 0) {
            out.append('-');
        }
        out.append(whole);
        if (frac != 0) {
            String digits = Long.toString(frac + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
        return out.toString();
    }
}
