package org.egmpublisher.site;

import java.util.Map;
import org.egmpublisher.render.document.Figure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Puts each figure of a document on the web: its SVG inline (no extra request, scales with the
 * page), its caption with the one-sentence summary, and its data in a table under a disclosure.
 */
final class HtmlFigures {

    private HtmlFigures() {
    }

    static String inline(String body, Map<String, Figure> figures) {
        Document d = Jsoup.parse("<div id='root'>" + body + "</div>", "", Parser.xmlParser());
        for (Element placeholder : d.select("div[data-figure]")) {
            Figure f = figures.get(placeholder.attr("data-figure"));
            if (f == null) {
                placeholder.remove();
                continue;
            }
            placeholder.before(figure(f, placeholder.attr("data-label")));
            placeholder.remove();
        }
        d.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return d.selectFirst("#root").html();
    }

    /** One figure as XHTML. */
    static String figure(Figure f, String label) {
        Document doc = Jsoup.parse("", "", Parser.xmlParser());
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        Element figure = doc.appendElement("figure").attr("id", "fig-" + f.id());
        figure.append(f.svg().get());
        Element caption = figure.appendElement("figcaption");
        caption.appendElement("strong").text(label + f.title() + ". ");
        caption.appendText(f.summary());
        Element details = figure.appendElement("details");
        details.appendElement("summary").text("Data of this chart");
        Element table = details.appendElement("table");
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
        return figure.outerHtml();
    }
}
