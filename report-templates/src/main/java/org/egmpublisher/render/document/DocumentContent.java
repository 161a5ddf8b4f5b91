package org.egmpublisher.render.document;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A document's content, target-independent: the body as an XHTML fragment in which each figure
 * stands as {@code <div data-figure="ID"/>}, the figures, and the headings in order.
 *
 * @param slug the file name stem, e.g. {@code egm-report}
 */
public record DocumentContent(String slug, String title, String subtitle, String language, String runningHeader,
                              List<String> frontMatter, String body, Map<String, DocumentFigure> figures,
                              List<Heading> headings) {

    public DocumentContent {
        frontMatter = List.copyOf(frontMatter);
        figures = Map.copyOf(figures);
        headings = List.copyOf(headings);
    }

    /**
     * Builds the content: numbers its figures and tables and fills cross-references
     * ({@link Numbering}), and reads the headings (h1–h3 with an id) from the body.
     */
    public static DocumentContent of(String slug, String title, String subtitle, String language, String runningHeader,
                                     List<String> frontMatter, String rawBody, Map<String, DocumentFigure> figures) {
        String body = Numbering.apply(rawBody);
        Document doc = Jsoup.parse("<div>" + body + "</div>", "", Parser.xmlParser());
        List<Heading> headings = doc.select("h1[id], h2[id], h3[id]").stream()
                .map((Element h) -> new Heading(Integer.parseInt(h.tagName().substring(1)), h.id(), h.text()))
                .toList();
        return new DocumentContent(slug, title, subtitle, language, runningHeader, frontMatter, body, figures, headings);
    }

    /**
     * Whether {@code other} reads and draws the same: equal text and headings, and figures that
     * draw the same data (a figure's drawing follows from its data, so a rebuilt figure object
     * with equal data draws the same picture).
     */
    public boolean sameContent(DocumentContent other) {
        return slug.equals(other.slug) && title.equals(other.title) && subtitle.equals(other.subtitle)
                && language.equals(other.language) && runningHeader.equals(other.runningHeader)
                && frontMatter.equals(other.frontMatter) && body.equals(other.body) && headings.equals(other.headings)
                && figures.keySet().equals(other.figures.keySet())
                && figures.entrySet().stream().allMatch(e -> e.getValue().sameData(other.figures.get(e.getKey())));
    }
}
