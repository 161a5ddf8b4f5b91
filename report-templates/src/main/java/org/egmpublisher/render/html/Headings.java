package org.egmpublisher.render.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Fits the headings of a fragment (a document body, a Markdown page) under the heading of the page
 * or document that embeds it: the fragment's top level becomes {@code top}, and a level skipped in
 * the source (an {@code h2} followed by an {@code h4}) is closed up, so every page has one
 * {@code h1} and its headings never skip a level, as screen readers and PDF/UA expect.
 */
public final class Headings {

    private static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");

    /** A heading of the fitted fragment, for a page's table of contents. */
    public record Entry(int level, String id, String text) {
    }

    /** The fitted fragment and its headings, in order. */
    public record Fitted(String html, List<Entry> headings) {
    }

    private Headings() {
    }

    /** Whether {@code e} is a heading, {@code h1} to {@code h6}. */
    public static boolean isHeading(Element e) {
        return HEADING_TAG.matcher(e.tagName()).matches();
    }

    /** {@code html} with its headings fitted so that the highest becomes {@code h<top>}. */
    public static String fit(String html, int top) {
        return fitted(html, top).html();
    }

    public static Fitted fitted(String html, int top) {
        Document doc = Jsoup.parse("<div id='fit-root'>" + html + "</div>", "", Parser.xmlParser());
        return fitted(Latin1.xhtml(doc).selectFirst("#fit-root"), top);
    }

    /** As {@link #fitted(String, int)} for nodes already parsed, which move into a new fragment. */
    public static Fitted fitted(List<Node> nodes, int top) {
        Element root = Latin1.xhtml(new Document("")).appendElement("div");
        nodes.forEach(root::appendChild);
        return fitted(root, top);
    }

    private static Fitted fitted(Element root, int top) {
        List<Entry> entries = fitWithin(root, top);
        return new Fitted(root.html(), entries);
    }

    /** Fits the headings inside {@code root}, in place; returns them, in order. */
    public static List<Entry> fitWithin(Element root, int top) {
        if (top < 1 || top > 6) {
            throw new IllegalArgumentException("top heading level must lie in 1–6, got " + top);
        }
        // Each stack entry: {level in the source, level written}.
        Deque<int[]> open = new ArrayDeque<>();
        List<Entry> entries = new ArrayList<>();
        for (Element h : root.select(HEADINGS)) {
            int source = h.tagName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek()[0] >= source) {
                open.pop();
            }
            int level = Math.min(6, open.isEmpty() ? top : open.peek()[1] + 1);
            open.push(new int[] {source, level});
            h.tagName("h" + level);
            entries.add(new Entry(level, h.id(), h.text()));
        }
        return entries;
    }
}
