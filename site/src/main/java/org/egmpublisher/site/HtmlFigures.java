package org.egmpublisher.site;

import java.util.Map;
import org.egmpublisher.render.document.Figure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Puts each figure on the web: its SVG inline (no extra request, scales with the page) with its
 * caption and one-sentence summary, then its data as a table under a disclosure, so the numbers
 * drawn can be read without the picture.
 */
final class HtmlFigures {

    private HtmlFigures() {
    }

    /** The figure {@code key} as XHTML, or an empty string when the build made no such figure. */
    static String find(Map<String, Figure> figures, String key) {
        Figure f = figures.get(key);
        return f == null ? "" : figure(f, "");
    }

    /** {@code body} with each {@code <div data-figure="ID"/>} replaced by its figure, or dropped when absent. */
    static String inline(String body, Map<String, Figure> figures) {
        Document d = Jsoup.parse("<div id='root'>" + body + "</div>", "", Parser.xmlParser());
        for (Element placeholder : d.select("div[data-figure]")) {
            Figure f = figures.get(placeholder.attr("data-figure"));
            if (f != null) {
                placeholder.before(figure(f, placeholder.attr("data-label")));
            }
            placeholder.remove();
        }
        xml(d);
        return d.selectFirst("#root").html();
    }

    /** One figure as XHTML: the figure with its caption, then its data table under a disclosure. */
    static String figure(Figure f, String label) {
        Document doc = Jsoup.parse("", "", Parser.xmlParser());
        xml(doc);
        Element block = doc.appendElement("div").addClass("figure-block");
        Element figure = block.appendElement("figure").attr("id", "fig-" + f.id());
        figure.append(f.svg().get());
        Element svg = figure.selectFirst("svg");
        if (svg != null) {
            InlineSvg.rewrite(svg);
        }
        Element caption = figure.appendElement("figcaption");
        caption.appendElement("strong").text(label + f.title() + ".");
        caption.appendText(" " + f.summary());
        Element details = block.appendElement("details").addClass("figure-data");
        details.appendElement("summary").text("Data table: " + f.title());
        Element table = details.appendElement("div").addClass("table-wrap").appendElement("table");
        table.appendElement("caption").text(f.title());
        Element head = table.appendElement("thead").appendElement("tr");
        f.headers().forEach(h -> head.appendElement("th").attr("scope", "col").text(h));
        Element tbody = table.appendElement("tbody");
        for (var row : f.rows()) {
            Element tr = tbody.appendElement("tr");
            for (int i = 0; i < row.size(); i++) {
                (i == 0 ? tr.appendElement("th").attr("scope", "row") : tr.appendElement("td")).text(row.get(i));
            }
        }
        return block.outerHtml();
    }

    private static void xml(Document d) {
        d.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
    }
}
