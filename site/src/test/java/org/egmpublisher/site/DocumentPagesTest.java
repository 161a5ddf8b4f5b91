package org.egmpublisher.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.egmpublisher.render.cache.RenderCache;
import org.egmpublisher.render.chart.Charts;
import org.egmpublisher.render.chart.PollOption;
import org.egmpublisher.render.document.DocumentFigure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class DocumentPagesTest {

    private static Element root(String html) {
        Document d = Jsoup.parse("<div>" + html + "</div>", "", Parser.xmlParser());
        d.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        return d.selectFirst("div");
    }

    @Test
    void aDocumentIsCutIntoChaptersAtItsTopHeadings() {
        List<Node> preamble = new ArrayList<>();
        var chapters = DocumentPages.split(root("<p>pre</p><h1 id=\"one\">1. One</h1><p>a</p><h2 id=\"s\">1.1 S</h2>"
                + "<h1 id=\"two\">2. Two</h1><p>b</p>"), "doc", preamble);
        assertEquals(List.of("one", "two"), chapters.stream().map(DocumentPages.Chapter::id).toList());
        assertEquals("<p>a</p><h2 id=\"s\">1.1 S</h2>", chapters.get(0).html());
        assertEquals("2. Two", chapters.get(1).title());
        assertEquals(1, preamble.size());
    }

    @Test
    void linksBetweenChaptersPointAtTheChapterPageAndSiteLinksClimbOutOfTheFolder() {
        var chapters = DocumentPages.split(root("<h1 id=\"one\">One</h1><p><a href=\"#t\">t</a> <a href=\"#u\">u</a> "
                + "<a href=\"rankings/2024.html\">r</a> <a href=\"https://un.org/\">x</a></p>"
                + "<h1 id=\"two\">Two</h1><p id=\"t\">target</p>"), "doc", new ArrayList<>());
        assertEquals("<p><a href=\"two.html#t\">t</a> <a href=\"#u\">u</a> <a href=\"../rankings/2024.html\">r</a> "
                + "<a href=\"https://un.org/\">x</a></p>", chapters.get(0).html());
    }

    @Test
    void aFigureGoesInAsAStandInThatLinksFindAndComesOutAsTheWholeFigure() {
        DocumentFigure poll = DocumentFigure.of("poll-x", Charts.pollResults("poll-x", "A poll",
                List.of(new PollOption("Yes", 3), new PollOption("No", 1))));
        Element r = root("<h1 id=\"one\">One</h1><p><a href=\"#fig-poll-x\">the poll</a></p>"
                + "<h1 id=\"two\">Two</h1><div data-figure=\"poll-x\" data-label=\"Figure 1. \"/>"
                + "<div data-figure=\"absent\"/>");
        HtmlFigures figures = new HtmlFigures(Map.of(), new ConcurrentHashMap<>(), RenderCache.NONE);
        Map<String, String> standIns = figures.inline(r, Map.of("poll-x", poll));
        var chapters = DocumentPages.split(r, "doc", new ArrayList<>());
        assertEquals("<p><a href=\"two.html#fig-poll-x\">the poll</a></p>", chapters.get(0).html(),
                "a link finds the figure's chapter by its stand-in");
        String two = HtmlFigures.fill(chapters.get(1).html(), standIns);
        assertEquals(HtmlFigures.figure(poll, "Figure 1. "), two,
                "the stand-in is the figure again; the absent one is gone");
        assertTrue(two.contains("<svg") && !two.contains("data-egm-figure"), two);
    }

    @Test
    void aDocumentsFigureIsMadeOnceForEveryBuildThatKeepsTheCache() {
        DocumentFigure poll = DocumentFigure.of("poll-x", Charts.pollResults("poll-x", "A poll",
                List.of(new PollOption("Yes", 3), new PollOption("No", 1))));
        List<String> made = new ArrayList<>();
        RenderCache counting = new RenderCache() {
            @Override
            public byte[] bytes(String kind, String key, Supplier<byte[]> make) {
                made.add(key);
                return make.get();
            }
        };
        Map<String, String> kept = new ConcurrentHashMap<>();
        for (int build = 0; build < 2; build++) {
            Element r = root("<h1 id=\"one\">One</h1><div data-figure=\"poll-x\" data-label=\"Figure 1.\nA \"/>");
            new HtmlFigures(Map.of("poll-x", poll), kept, counting).inline(r, Map.of("poll-x", poll));
            new HtmlFigures(Map.of("poll-x", poll), kept, counting).html("poll-x");
        }
        assertEquals(2, made.size(), "once labelled, once not: " + made);
        kept.keySet().forEach(key -> assertEquals(HtmlFigures.startsKey(poll), HtmlFigures.startOf(key),
                "a key names its figure, whatever its label"));
    }

    @Test
    void laterCopiesOfAnIdAreRenamed() {
        Element r = root("<p id=\"a\"/><p id=\"a\"/><p id=\"a-2\"/>");
        DocumentPages.uniqueIds(r);
        assertEquals(List.of("a", "a-2x", "a-2"), r.select("p").eachAttr("id"));
    }

    @Test
    void theFullCountryTableBecomesALinkToItsRanking() {
        Element r = root("<table id=\"countries-2024\"><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>");
        DocumentPages.linkRankingTables(r);
        assertEquals("rankings/2024.html", r.selectFirst("p#countries-2024 a").attr("href"));
        assertEquals(0, r.select("table").size());
    }
}
