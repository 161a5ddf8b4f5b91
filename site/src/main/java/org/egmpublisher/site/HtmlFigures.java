package org.egmpublisher.site;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egmpublisher.render.cache.RenderCache;
import org.egmpublisher.render.document.DocumentFigure;
import org.egmpublisher.render.html.Latin1;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Puts each figure on the web: its SVG inline (no extra request, scales with the page) with its
 * caption and one-sentence summary, then its data as a table under a disclosure, so the numbers
 * drawn can be read without the picture.
 *
 * <p>A figure's XHTML is kept in a cache by figure: a preview rebuilding the site after a change
 * to the meeting reuses the Survey's figures, and so their XHTML. Across builds, a
 * {@link RenderCache} keeps it by the figure's fingerprint.
 */
final class HtmlFigures {

    private static final Evaluator PLACEHOLDERS = Selector.evaluatorOf("div[data-figure]");

    /** No figures: every figure is left out. */
    static final HtmlFigures NONE = new HtmlFigures(Map.of(), new ConcurrentHashMap<>(), RenderCache.NONE);

    /** The attribute that marks a figure's stand-in in a document ({@link #inline}). */
    private static final String STAND_IN = "data-egm-figure";
    private static final Pattern STAND_IN_ELEMENT = Pattern.compile(
            "<figure id=\"[^\"]*\" " + STAND_IN + "=\"(\\d+)\"(?:\\s*/>|></figure>)");

    private final Map<String, DocumentFigure> figures;
    private final Map<String, String> cache;
    private final RenderCache kept;

    /**
     * {@code cache} keeps each figure's XHTML by {@link #key}, for the next build in the same JVM;
     * {@code kept} keeps it by the same key across builds.
     */
    HtmlFigures(Map<String, DocumentFigure> figures, Map<String, String> cache, RenderCache kept) {
        this.figures = figures;
        this.cache = cache;
        this.kept = kept;
    }

    /** The figure {@code id} as XHTML, or an empty string when the build made no such figure. */
    String html(String id) {
        DocumentFigure f = figures.get(id);
        return f == null ? "" : labelled(f, "");
    }

    /**
     * Replaces each {@code <div data-figure="ID"/>} in {@code root} by a stand-in for the figure
     * {@code ID} of {@code documentFigures}, or drops it when absent. The stand-in carries the
     * figure's id, for links to it; {@link #fill} puts the figure in its place once the document is
     * text again, so the figure's SVG is never parsed into the document's tree and printed back.
     *
     * @return the figures' XHTML by stand-in, for {@link #fill}
     */
    Map<String, String> inline(Element root, Map<String, DocumentFigure> documentFigures) {
        Map<String, String> standIns = new HashMap<>();
        for (Element placeholder : root.select(PLACEHOLDERS)) {
            DocumentFigure f = documentFigures.get(placeholder.attr("data-figure"));
            if (f != null) {
                String token = Integer.toString(standIns.size() + 1);
                standIns.put(token, labelled(f, placeholder.attr("data-label")));
                placeholder.before(new Element("figure").attr("id", "fig-" + f.id()).attr(STAND_IN, token));
            }
            placeholder.remove();
        }
        return standIns;
    }

    /** {@code html} with each stand-in made by {@link #inline} replaced by its figure. */
    static String fill(String html, Map<String, String> standIns) {
        if (standIns.isEmpty() || !html.contains(STAND_IN)) {
            return html;
        }
        Matcher m = STAND_IN_ELEMENT.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64 * 1024);
        int from = 0;
        while (m.find()) {
            // Appended as is: appendReplacement would scan each figure's SVG for $ and \.
            out.append(html, from, m.start()).append(standIns.getOrDefault(m.group(1), m.group()));
            from = m.end();
        }
        return out.append(html, from, html.length()).toString();
    }

    /** {@link #figure}, taken from the cache when an earlier build made it. */
    private String labelled(DocumentFigure f, String label) {
        return cache.computeIfAbsent(key(f, label), key -> kept.text("figure-html", key, () -> figure(f, label)));
    }

    /**
     * What a figure's XHTML depends on: its id, what it draws (its fingerprint) and its label. A
     * document labels its figures ("Figure 3: "); the site's pages do not.
     */
    static String key(DocumentFigure f, String label) {
        return startsKey(f) + label;
    }

    /** The start of every key of {@code f}. */
    static String startsKey(DocumentFigure f) {
        return f.id() + "\n" + f.fingerprint() + "\n";
    }

    /** The start of {@code key}: what {@link #startsKey} gives for its figure. */
    static String startOf(String key) {
        return key.substring(0, key.indexOf('\n', key.indexOf('\n') + 1) + 1);
    }

    /**
     * One figure as XHTML: the figure with its caption, then its data table under a disclosure; in
     * Latin-1, as the page that holds it ({@link Latin1}).
     */
    static String figure(DocumentFigure f, String label) {
        String svg = InlineSvg.rewrite(f.svg().get());
        StringBuilder out = new StringBuilder(svg.length() + 1024);
        out.append("<div class=\"figure-block\"><figure id=\"fig-").append(text(f.id())).append("\">").append(svg)
                .append("<figcaption><strong>").append(text(label + f.title() + ".")).append("</strong> ")
                .append(text(f.summary())).append("</figcaption></figure>")
                .append("<details class=\"figure-data\"><summary>Data table: ").append(text(f.title()))
                .append("</summary><div class=\"table-wrap\"><table><caption>").append(text(f.title()))
                .append("</caption><thead><tr>");
        f.headers().forEach(h -> out.append("<th scope=\"col\">").append(text(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (var row : f.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = i == 0 ? "th" : "td";
                out.append('<').append(cell).append(i == 0 ? " scope=\"row\">" : ">").append(text(row.get(i)))
                        .append("</").append(cell).append('>');
            }
            out.append("</tr>");
        }
        return Latin1.references(out.append("</tbody></table></div></details></div>").toString());
    }

    /** {@code s} escaped for XHTML text and double-quoted attribute values. */
    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
