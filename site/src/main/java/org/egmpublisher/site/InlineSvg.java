package org.egmpublisher.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a chart's SVG fit for a page under a strict Content Security Policy: the site's CSP
 * ({@code style-src 'self'}) blocks {@code style="…"} attributes, which chart libraries write on
 * every shape, so each declaration becomes the equivalent SVG presentation attribute (which no
 * CSP blocks). On the way it shortens colours to hex, hoists the common font family to the root
 * and drops empty groups: about a third fewer bytes.
 *
 * <p>The SVG comes from the chart layer, well-formed and without comments or CDATA, so a small
 * tokenizer over its tags does the job: a general XML DOM cost more than drawing the chart.
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

    private static final Pattern RGB = Pattern.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");
    private static final Pattern PX = Pattern.compile("(-?[0-9.]+)px");
    private static final Pattern TRAILING_ZERO = Pattern.compile("^(-?\\d+)\\.0+$");

    /** An element: its attributes (values kept escaped, as written) and its children, elements or raw text. */
    private static final class Node {
        final String name;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Object> children = new ArrayList<>();

        Node(String name) {
            this.name = name;
        }
    }

    private InlineSvg() {
    }

    /**
     * Each style met so far with its presentation attributes. The charts share one theme, so the
     * example's 400 charts repeat a few hundred styles: converted once each, not once a chart.
     * Bounded, so a long preview session cannot grow it without end.
     */
    private static final Map<String, Map<String, String>> CONVERTED = new ConcurrentHashMap<>();
    private static final int CONVERTED_LIMIT = 10_000;

    /** {@code svg} (a complete {@code <svg>} element) rewritten for a page under the site's CSP. */
    static String rewrite(String svg) {
        Node root = parse(svg);
        Map<String, String> ids = new HashMap<>();
        Map<String, Integer> fonts = new HashMap<>();
        convertStyles(root, ids, fonts);
        if (!ids.isEmpty()) {
            prefixReferences(root, ids);
        }
        hoistFontFamily(root, fonts);
        StringBuilder out = new StringBuilder(svg.length());
        write(simplifyGroups(root).get(0), out);
        return out.toString();
    }

    private static Node parse(String svg) {
        List<Node> open = new ArrayList<>();
        Node top = new Node("");
        open.add(top);
        int i = 0;
        while (i < svg.length()) {
            int lt = svg.indexOf('<', i);
            if (lt < 0) {
                lt = svg.length();
            }
            if (lt > i) {
                open.getLast().children.add(svg.substring(i, lt));
            }
            if (lt == svg.length()) {
                break;
            }
            int gt = tagEnd(svg, lt);
            if (svg.charAt(lt + 1) == '/') {
                if (open.size() > 1) {
                    open.removeLast();
                }
            } else if (svg.charAt(lt + 1) != '?' && svg.charAt(lt + 1) != '!') {
                Node node = startTag(svg, lt + 1, gt);
                open.getLast().children.add(node);
                if (svg.charAt(gt - 1) != '/') {
                    open.add(node);
                }
            }
            i = gt + 1;
        }
        return top.children.stream().filter(c -> c instanceof Node).map(Node.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no element in SVG"));
    }

    /** The index of the {@code >} closing the tag opened at {@code lt}, skipping quoted values. */
    private static int tagEnd(String s, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated tag in SVG at offset " + lt);
    }

    private static Node startTag(String s, int from, int gt) {
        int i = from;
        while (i < gt && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
            i++;
        }
        Node node = new Node(s.substring(from, i));
        while (i < gt) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '/') {
                i++;
                continue;
            }
            int eq = s.indexOf('=', i);
            String name = s.substring(i, eq).strip();
            int q = eq + 1;
            while (Character.isWhitespace(s.charAt(q))) {
                q++;
            }
            char quote = s.charAt(q);
            int close = s.indexOf(quote, q + 1);
            String value = s.substring(q + 1, close);
            node.attributes.put(name, quote == '\'' && value.indexOf('"') >= 0 ? value.replace("\"", "&quot;") : value);
            i = close + 1;
        }
        return node;
    }

    /** Replaces each style attribute by presentation attributes, prefixes ids and counts font families. */
    private static void convertStyles(Node node, Map<String, String> ids, Map<String, Integer> fonts) {
        String style = node.attributes.remove("style");
        if (style != null) {
            converted(style).forEach(node.attributes::putIfAbsent);
        }
        String id = node.attributes.get("id");
        if (id != null) {
            ids.put(id, ID_PREFIX + id);
            node.attributes.put("id", ID_PREFIX + id);
        }
        String font = node.attributes.get("font-family");
        if (font != null) {
            fonts.merge(font, 1, Integer::sum);
        }
        for (Object child : node.children) {
            if (child instanceof Node n) {
                convertStyles(n, ids, fonts);
            }
        }
    }

    /** {@link #attributes} of {@code style}, converted once. */
    private static Map<String, String> converted(String style) {
        Map<String, String> known = CONVERTED.get(style);
        if (known == null) {
            known = Collections.unmodifiableMap(attributes(style));
            if (CONVERTED.size() >= CONVERTED_LIMIT) {
                CONVERTED.clear();
            }
            CONVERTED.put(style, known);
        }
        return known;
    }

    /** The presentation attributes a style declares, in its order; what SVG has no attribute for is dropped. */
    private static Map<String, String> attributes(String style) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            if (PRESENTATION.contains(name) && !value.isEmpty()) {
                attributes.putIfAbsent(name, value(name, value));
            }
        }
        return attributes;
    }

    /**
     * Prefixes every reference to an id with {@code svg-}, as the ids were: a chart's ids derive
     * from its figure id, which a document may also use for a heading or a table.
     */
    private static void prefixReferences(Node node, Map<String, String> ids) {
        for (Map.Entry<String, String> a : node.attributes.entrySet()) {
            String key = a.getKey();
            String v = a.getValue();
            if (key.equals("aria-labelledby") || key.equals("aria-describedby")) {
                StringBuilder out = new StringBuilder();
                for (String token : v.trim().split("\\s+")) {
                    out.append(out.isEmpty() ? "" : " ").append(ids.getOrDefault(token, token));
                }
                a.setValue(out.toString());
            } else if ((key.equals("href") || key.equals("xlink:href")) && v.startsWith("#")) {
                a.setValue("#" + ids.getOrDefault(v.substring(1), v.substring(1)));
            } else if (v.contains("url(#")) {
                a.setValue(prefixUrls(v, ids));
            }
        }
        for (Object child : node.children) {
            if (child instanceof Node n) {
                prefixReferences(n, ids);
            }
        }
    }

    /** {@code v} with each {@code url(#id)} pointing at the id's new name. */
    private static String prefixUrls(String v, Map<String, String> ids) {
        StringBuilder out = new StringBuilder(v.length() + 16);
        int from = 0;
        for (int at = v.indexOf("url(#"); at >= 0; at = v.indexOf("url(#", from)) {
            int close = v.indexOf(')', at);
            if (close < 0) {
                break;
            }
            String id = v.substring(at + 5, close);
            out.append(v, from, at).append("url(#").append(ids.getOrDefault(id, id)).append(')');
            from = close + 1;
        }
        return out.append(v, from, v.length()).toString();
    }

    private static String value(String name, String value) {
        String v = value;
        if (v.contains("rgb(")) {
            Matcher rgb = RGB.matcher(v);
            StringBuilder out = new StringBuilder();
            while (rgb.find()) {
                rgb.appendReplacement(out, "#" + HexFormat.of().toHexDigits((byte) Integer.parseInt(rgb.group(1)))
                        + HexFormat.of().toHexDigits((byte) Integer.parseInt(rgb.group(2)))
                        + HexFormat.of().toHexDigits((byte) Integer.parseInt(rgb.group(3))));
            }
            rgb.appendTail(out);
            v = out.toString();
        }
        if ((name.equals("font-size") || name.equals("stroke-width")) && v.endsWith("px")) {
            v = PX.matcher(v).replaceAll("$1");
        }
        if (v.endsWith(".0") || v.endsWith(".00")) {
            Matcher zero = TRAILING_ZERO.matcher(v);
            return zero.matches() ? zero.group(1) : v;
        }
        return v;
    }

    /** Moves the most used font family to the root, where every text inherits it. */
    private static void hoistFontFamily(Node root, Map<String, Integer> fonts) {
        if (root.attributes.containsKey("font-family") || fonts.isEmpty()) {
            return;
        }
        String common = fonts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        dropFont(root, common);
        root.attributes.put("font-family", common);
    }

    private static void dropFont(Node node, String family) {
        node.attributes.remove("font-family", family);
        for (Object child : node.children) {
            if (child instanceof Node n) {
                dropFont(n, family);
            }
        }
    }

    /**
     * {@code node} as it goes out: a group without attributes gives way to its children, and a
     * group of one element hands that element its inherited paint and font (when nothing
     * conflicts) and gives way to it.
     */
    private static List<Object> simplifyGroups(Node node) {
        List<Object> children = new ArrayList<>(node.children.size());
        for (Object child : node.children) {
            if (child instanceof Node n) {
                children.addAll(simplifyGroups(n));
            } else {
                children.add(child);
            }
        }
        node.children.clear();
        node.children.addAll(children);
        if (node.name.equals("g")) {
            if (node.attributes.isEmpty()) {
                return node.children;
            }
            if (mergeable(node)) {
                Node child = (Node) node.children.get(0);
                Map<String, String> merged = new LinkedHashMap<>(child.attributes);
                merged.putAll(node.attributes);
                child.attributes.clear();
                child.attributes.putAll(merged);
                return node.children;
            }
        }
        return List.of(node);
    }

    /**
     * Whether a group can hand its attributes to its only child: inherited paint and font
     * properties only, none of which the child sets itself, and no transform on either side.
     */
    private static boolean mergeable(Node g) {
        if (g.children.size() != 1 || !(g.children.get(0) instanceof Node child)
                || child.attributes.containsKey("transform")) {
            return false;
        }
        for (String name : g.attributes.keySet()) {
            if (!INHERITED.contains(name) || child.attributes.containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    private static void write(Object item, StringBuilder out) {
        if (item instanceof String text) {
            out.append(text);
            return;
        }
        Node node = (Node) item;
        out.append('<').append(node.name);
        node.attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        if (node.children.isEmpty()) {
            out.append(" />");
            return;
        }
        out.append('>');
        for (Object child : node.children) {
            write(child, out);
        }
        out.append("</").append(node.name).append('>');
    }
}
