package org.egmpublisher.site;

import org.egmpublisher.render.html.Headings;
import org.egmpublisher.render.html.Latin1;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Completes the tables of a Markdown page or a document, which their sources may leave bare: each
 * table without a caption takes the text of the heading it stands under, its header cells get
 * {@code scope} (so a screen reader names the table and reads each cell with its headers), and
 * it is wrapped in a box that scrolls sideways on a narrow screen instead of the whole page.
 */
final class Tables {

    // Compiled once: every page with a table passes here, on every build.
    static final Evaluator BODY_ROWS = Selector.evaluatorOf("tbody > tr");
    private static final Evaluator TABLES = Selector.evaluatorOf("table");
    private static final Evaluator CAPTION = Selector.evaluatorOf("> caption");
    private static final Evaluator HEADER_CELLS = Selector.evaluatorOf("thead th:not([scope])");

    private Tables() {
    }

    static String complete(String html, String fallbackCaption) {
        Document d = Jsoup.parse("<div id='tables-root'>" + html + "</div>", "", Parser.xmlParser());
        Element root = d.selectFirst("#tables-root");
        if (root.select(TABLES).isEmpty()) {
            return html;
        }
        complete(root, fallbackCaption);
        Latin1.xhtml(d);
        return root.html();
    }

    /** Completes every table under {@code root} in place. */
    static void complete(Element root, String fallbackCaption) {
        for (Element table : root.select(TABLES)) {
            Element parent = table.parent();
            if (parent == null || !parent.hasClass("table-wrap")) {
                table.wrap("<div class=\"table-wrap\"></div>");
            }
            if (table.selectFirst(CAPTION) == null) {
                table.prependElement("caption").text(headingBefore(table, root).orElse(fallbackCaption));
            }
            table.select(HEADER_CELLS).attr("scope", "col");
            for (Element row : table.select(BODY_ROWS)) {
                Element first = row.firstElementChild();
                if (first != null && first.tagName().equals("th") && !first.hasAttr("scope")) {
                    first.attr("scope", "row");
                }
            }
        }
    }

    private static java.util.Optional<String> headingBefore(Element table, Element root) {
        for (Element e = table; e != null && e != root; e = e.parent()) {
            for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                if (Headings.isHeading(s)) {
                    return java.util.Optional.of(s.text());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
