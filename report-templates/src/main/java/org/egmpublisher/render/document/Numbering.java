package org.egmpublisher.render.document;

import java.util.HashMap;
import java.util.Map;
import org.egmpublisher.render.html.Latin1;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Numbers a document's figures and tables in reading order and fills its cross-references, so the
 * PDF and the web page say "Figure 3" and "Table 12" alike. A figure placeholder gets the label
 * {@code Figure N. }; a table's caption is prefixed {@code Table N. } and the table gets an id if
 * it had none; an {@code <a class="xref" href="#ID"/>} gets the text of what it points to.
 */
final class Numbering {

    private Numbering() {
    }

    static String apply(String body) {
        Document d = Jsoup.parse("<div id='numbering-root'>" + body + "</div>", "", Parser.xmlParser());
        Map<String, String> labels = new HashMap<>();
        int figures = 0;
        int tables = 0;
        for (Element e : d.select("div[data-figure], table")) {
            if (e.tagName().equals("div")) {
                String label = "Figure " + ++figures;
                e.attr("data-label", label + ". ");
                labels.put("fig-" + e.attr("data-figure"), label);
            } else {
                Element caption = e.selectFirst("> caption");
                if (caption == null) {
                    continue;
                }
                String label = "Table " + ++tables;
                String text = caption.text().replaceFirst("^Table \\d+\\.\\s*", "");
                caption.empty().appendElement("span").addClass("label").text(label + ". ");
                caption.appendText(text);
                if (e.id().isEmpty()) {
                    e.attr("id", "table-" + tables);
                }
                labels.put(e.id(), label);
            }
        }
        for (Element xref : d.select("a.xref[href^=#]")) {
            String label = labels.get(xref.attr("href").substring(1));
            if (label == null) {
                throw new IllegalStateException("cross-reference to unknown figure or table " + xref.attr("href"));
            }
            xref.text(label);
        }
        return Latin1.xhtml(d).selectFirst("#numbering-root").html();
    }
}
