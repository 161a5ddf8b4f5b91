package org.egmpublisher.site;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Makes a chart's SVG fit for a page under a strict Content Security Policy: the site's CSP
 * ({@code style-src 'self'}) blocks {@code style="…"} attributes, which chart libraries write on
 * every shape, so each declaration becomes the equivalent SVG presentation attribute (which no
 * CSP blocks). On the way it shortens colours to hex, hoists the common font family to the root
 * and drops empty groups: about a third fewer bytes.
 */
final class InlineSvg {

    /** The properties SVG also accepts as presentation attributes (SVG 1.1 and 2). */
    private static final Set<String> PRESENTATION = Set.of(
            "alignment-baseline", "baseline-shift", "clip-path", "clip-rule", "color", "color-interpolation",
            "color-interpolation-filters", "color-rendering", "cursor", "direction", "display", "dominant-baseline",
            "fill", "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font-family", "font-size",
            "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "image-rendering",
            "letter-spacing", "lighting-color", "marker-end", "marker-mid", "marker-start", "mask", "opacity",
            "overflow", "paint-order", "pointer-events", "shape-rendering", "stop-color", "stop-opacity", "stroke",
            "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
            "stroke-opacity", "stroke-width", "text-anchor", "text-decoration", "text-rendering", "transform",
            "unicode-bidi", "vector-effect", "visibility", "word-spacing", "writing-mode");

    /** Presentation attributes a child inherits from its group, so moving them down changes nothing. */
    private static final Set<String> INHERITED = Set.of(
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap",
            "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width", "font-family", "font-size",
            "font-style", "font-weight", "text-anchor", "shape-rendering", "text-rendering", "visibility");

    /** Prepended to every id inside an inline SVG. */
    static final String ID_PREFIX = "svg-";

    private static final Pattern URL_REF = Pattern.compile("url\\(#([^)]+)\\)");

    private static final Pattern RGB = Pattern.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");
    private static final Pattern PX = Pattern.compile("(-?[0-9.]+)px");
    private static final Pattern TRAILING_ZERO = Pattern.compile("^(-?\\d+)\\.0+$");

    private InlineSvg() {
    }

    /** Rewrites {@code svg} (the root {@code <svg>} element) in place. */
    static void rewrite(Element svg) {
        prefixIds(svg);
        for (Element e : svg.getAllElements()) {
            if (!e.hasAttr("style")) {
                continue;
            }
            String style = e.attr("style");
            e.removeAttr("style");
            for (String declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = declaration.substring(colon + 1).strip();
                if (PRESENTATION.contains(name) && !value.isEmpty() && !e.hasAttr(name)) {
                    e.attr(name, value(name, value));
                }
            }
        }
        hoistFontFamily(svg);
        for (Element g : svg.select("g")) {
            if (g.attributesSize() == 0) {
                g.unwrap();
            } else if (mergeable(g)) {
                Element child = g.child(0);
                g.attributes().forEach(a -> child.attr(a.getKey(), a.getValue()));
                g.unwrap();
            }
        }
    }

    /**
     * Whether a group can hand its attributes to its only child: inherited paint and font
     * properties only, none of which the child sets itself, and no transform on either side.
     */
    private static boolean mergeable(Element g) {
        if (g.childrenSize() != 1 || g.childNodeSize() != 1 || g.child(0).hasAttr("transform")) {
            return false;
        }
        Element child = g.child(0);
        for (var a : g.attributes()) {
            if (!INHERITED.contains(a.getKey()) || child.hasAttr(a.getKey())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Prefixes every id inside the SVG with {@code svg-}, and every reference to one: a chart's
     * ids derive from its figure id, which a document may also use for a heading or a table.
     */
    private static void prefixIds(Element svg) {
        Map<String, String> ids = new HashMap<>();
        for (Element e : svg.select("[id]")) {
            ids.put(e.id(), ID_PREFIX + e.id());
            e.attr("id", ID_PREFIX + e.id());
        }
        if (ids.isEmpty()) {
            return;
        }
        for (Element e : svg.getAllElements()) {
            for (var a : e.attributes().asList()) {
                String key = a.getKey();
                String v = a.getValue();
                if (key.equals("aria-labelledby") || key.equals("aria-describedby")) {
                    StringBuilder out = new StringBuilder();
                    for (String token : v.trim().split("\\s+")) {
                        out.append(out.isEmpty() ? "" : " ").append(ids.getOrDefault(token, token));
                    }
                    e.attr(key, out.toString());
                } else if ((key.equals("href") || key.equals("xlink:href")) && v.startsWith("#")) {
                    e.attr(key, "#" + ids.getOrDefault(v.substring(1), v.substring(1)));
                } else if (v.contains("url(#")) {
                    Matcher m = URL_REF.matcher(v);
                    StringBuilder out = new StringBuilder();
                    while (m.find()) {
                        m.appendReplacement(out, Matcher.quoteReplacement("url(#" + ids.getOrDefault(m.group(1),
                                m.group(1)) + ")"));
                    }
                    m.appendTail(out);
                    e.attr(key, out.toString());
                }
            }
        }
    }

    private static String value(String name, String value) {
        Matcher rgb = RGB.matcher(value);
        StringBuilder out = new StringBuilder();
        while (rgb.find()) {
            rgb.appendReplacement(out, String.format(Locale.ROOT, "#%02x%02x%02x", Integer.parseInt(rgb.group(1)),
                    Integer.parseInt(rgb.group(2)), Integer.parseInt(rgb.group(3))));
        }
        rgb.appendTail(out);
        String v = out.toString();
        if (name.equals("font-size") || name.equals("stroke-width")) {
            v = PX.matcher(v).replaceAll("$1");
        }
        Matcher zero = TRAILING_ZERO.matcher(v);
        return zero.matches() ? zero.group(1) : v;
    }

    /** Moves the most used font family to the root, where every text inherits it. */
    private static void hoistFontFamily(Element svg) {
        if (svg.hasAttr("font-family")) {
            return;
        }
        List<Element> withFont = svg.select("[font-family]");
        Map<String, Integer> counts = new HashMap<>();
        withFont.forEach(e -> counts.merge(e.attr("font-family"), 1, Integer::sum));
        counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(common -> {
                    svg.attr("font-family", common.getKey());
                    withFont.stream().filter(e -> e.attr("font-family").equals(common.getKey()))
                            .forEach(e -> e.removeAttr("font-family"));
                });
    }
}
