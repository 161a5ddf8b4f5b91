package org.egmpublisher.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.egmpublisher.render.document.DocumentContent;
import org.egmpublisher.render.html.Headings;
import org.egmpublisher.render.html.Latin1;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The EGM report and the methodology annex as web pages, beside their PDFs: a cover page
 * ({@code egm-report.html}) with the front matter and the contents, and one page per chapter
 * ({@code egm-report/<chapter>.html}), so that a document with many charts stays light and
 * each chapter has its own address. Figures are inline, headings fitted under each page's one
 * {@code h1}, ids made unique (a document may repeat one, which a PDF forgives and a web page does
 * not), links between chapters pointed at the right page, and the annex's 193-row table replaced
 * by a link to the ranking page that holds the same rows.
 */
public final class DocumentPages {

    // Compiled once: documents are cut on every build and every preview change.
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");
    private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
    private static final Evaluator LOCAL_LINKS = Selector.evaluatorOf("a[href^=#]");
    private static final Evaluator COUNTRY_TABLES = Selector.evaluatorOf("table[id~=^countries-[0-9]{4}$]");

    /** An entry of a document's contents, with the entries under it. */
    public record TocEntry(String href, String text, List<TocEntry> children) {
    }

    /** A link to a neighbouring page of the document. */
    public record PageLink(String href, String label) {
    }

    /** One chapter: where it lives, its heading, its fitted body and its sections. */
    public record Chapter(String id, String headingId, String title, String html, List<Headings.Entry> sections) {
    }

    private final SiteOutput output;
    private final HtmlFigures figures;

    DocumentPages(SiteOutput output, HtmlFigures figures) {
        this.output = output;
        this.figures = figures;
    }

    void write(DocumentContent doc, String label) throws IOException {
        String slug = doc.slug();
        Element root = parse(doc.body());
        Map<String, String> standIns = figures.inline(root, doc.figures());
        linkRankingTables(root);
        uniqueIds(root);
        Tables.complete(root, doc.title());
        List<Node> preamble = new ArrayList<>();
        List<Chapter> chapters = split(root, slug, preamble).stream().map(c -> new Chapter(c.id(), c.headingId(),
                c.title(), HtmlFigures.fill(c.html(), standIns), c.sections())).toList();
        String cover = slug + ".html";
        List<TocEntry> toc = new ArrayList<>();
        for (Chapter c : chapters) {
            String href = slug + "/" + c.id() + ".html";
            toc.add(new TocEntry(href, c.title(), c.sections().stream().filter(s -> s.level() == 2 && !s.id().isEmpty())
                    .map(s -> new TocEntry(href + "#" + s.id(), s.text(), List.of())).toList()));
        }
        Map<String, Object> model = output.base(cover, doc.title(), doc.subtitle());
        model.put("current", slug);
        model.put("doc", doc);
        model.put("pdf", slug + ".pdf");
        model.put("preamble", HtmlFigures.fill(Headings.fit(xml(preamble), 2), standIns));
        model.put("toc", toc);
        output.page(cover, "site/document.ftlx", model);
        output.index(doc.title(), cover, label, "document report annex pdf contents");
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            String path = slug + "/" + c.id() + ".html";
            Map<String, Object> page = output.base(path, c.title() + " — " + doc.title(),
                    doc.title() + ": " + c.title() + ".");
            page.put("current", slug);
            page.put("doc", doc);
            page.put("cover", "../" + cover);
            page.put("pdf", "../" + slug + ".pdf");
            page.put("chapter", c);
            page.put("sections", c.sections().stream().filter(s -> s.level() == 2 && !s.id().isEmpty())
                    .map(s -> new TocEntry("#" + s.id(), s.text(), List.of())).toList());
            List<PageLink> around = new ArrayList<>();
            if (i > 0) {
                around.add(new PageLink(chapters.get(i - 1).id() + ".html", "Previous: " + chapters.get(i - 1).title()));
            }
            around.add(new PageLink("../" + cover, "Contents"));
            if (i + 1 < chapters.size()) {
                around.add(new PageLink(chapters.get(i + 1).id() + ".html", "Next: " + chapters.get(i + 1).title()));
            }
            page.put("around", around);
            output.page(path, "site/document-chapter.ftlx", page);
            output.index(c.title(), path, label, "chapter");
            for (Headings.Entry s : c.sections()) {
                if (!s.id().isEmpty() && s.level() <= 3) {
                    output.index(s.text(), path + "#" + s.id(), label + ", " + c.title(), "section");
                }
            }
        }
    }

    /**
     * Cuts the body at its top-level headings (direct children of the body, the highest level
     * present). What precedes the first goes to {@code preamble}, for the cover page of document
     * {@code slug}. Links between chapters are
     * pointed at the chapter page that holds their target; links to other site pages get the
     * {@code ../} of the chapter folder.
     */
    static List<Chapter> split(Element root, String slug, List<Node> preamble) {
        int top = 7;
        for (Element h : root.children()) {
            if (Headings.isHeading(h)) {
                top = Math.min(top, h.tagName().charAt(1) - '0');
            }
        }
        List<List<Node>> parts = new ArrayList<>();
        List<Element> heads = new ArrayList<>();
        for (Node n : new ArrayList<>(root.childNodes())) {
            if (n instanceof Element e && e.tagName().equals("h" + top)) {
                heads.add(e);
                parts.add(new ArrayList<>());
            }
            (parts.isEmpty() ? preamble : parts.get(parts.size() - 1)).add(n);
        }
        List<String> ids = new ArrayList<>();
        Map<String, String> home = new HashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            String id = PLAIN_ID.matcher(heads.get(i).id()).matches() ? heads.get(i).id() : "chapter-" + (i + 1);
            while (ids.contains(id)) {
                id = id + "-" + (i + 1);
            }
            ids.add(id);
            for (Node n : parts.get(i)) {
                if (n instanceof Element e) {
                    for (Element withId : e.select(WITH_ID)) {
                        home.putIfAbsent(withId.id(), id);
                    }
                }
            }
        }
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            for (Node n : parts.get(i)) {
                if (n instanceof Element e) {
                    relink(e, ids.get(i), home);
                }
            }
            // The chapter's heading becomes the page's h1 (with its id); the rest starts at h2.
            Headings.Fitted fitted = Headings.fitted(parts.get(i).subList(1, parts.get(i).size()), 2);
            chapters.add(new Chapter(ids.get(i), heads.get(i).id(), heads.get(i).text(), fitted.html(),
                    fitted.headings()));
        }
        for (Node n : preamble) {
            if (n instanceof Element e) {
                for (Element a : e.select(LOCAL_LINKS)) {
                    String target = home.get(a.attr("href").substring(1));
                    if (target != null) {
                        a.attr("href", slug + "/" + target + ".html" + a.attr("href"));
                    }
                }
            }
        }
        return chapters;
    }

    private static void relink(Element part, String chapter, Map<String, String> home) {
        for (Element a : part.select(LINKS)) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                String target = home.get(href.substring(1));
                if (target != null && !target.equals(chapter)) {
                    a.attr("href", target + ".html" + href);
                }
            } else if (!WITH_SCHEME.matcher(href).matches() && !href.startsWith("/")) {
                a.attr("href", "../" + href);
            }
        }
    }

    /**
     * Replaces a full country table ({@code <table id="countries-YEAR">}, as in the annex) with a
     * link to that edition's ranking page, which holds the same rows with links and sorting: the
     * PDF keeps the table, and the web page stays within its weight budget without repeating it.
     */
    static void linkRankingTables(Element root) {
        for (Element table : root.select(COUNTRY_TABLES)) {
            String year = table.id().substring("countries-".length());
            int rows = table.select(Tables.BODY_ROWS).size();
            Element p = new Element("p").addClass("web-note").attr("id", table.id());
            p.appendText("The table of the " + rows + " Member States is on this site as ");
            p.appendElement("a").attr("href", "rankings/" + year + ".html").text("the ranking of " + year);
            p.appendText(", with the same columns, a link to each country and sorting; it is also in the ");
            p.appendElement("a").attr("href", "data/index.html").text("data downloads");
            p.appendText(".");
            table.replaceWith(p);
        }
    }

    /** Keeps the first element of each id and renames the later ones ({@code id-2}, {@code id-3}, …). */
    static void uniqueIds(Element root) {
        Elements withIds = root.select(WITH_ID);
        Set<String> seen = new HashSet<>(withIds.eachAttr("id"));
        Map<String, Integer> count = new HashMap<>();
        for (Element e : withIds) {
            int n = count.merge(e.id(), 1, Integer::sum);
            if (n > 1) {
                String renamed = e.id() + "-" + n;
                while (seen.contains(renamed)) {
                    renamed = renamed + "x";
                }
                seen.add(renamed);
                e.attr("id", renamed);
            }
        }
    }

    private static Element parse(String html) {
        Document d = Jsoup.parse("<div id='doc-root'>" + html + "</div>", "", Parser.xmlParser());
        return Latin1.xhtml(d).selectFirst("#doc-root");
    }

    private static String xml(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        nodes.forEach(n -> out.append(n.outerHtml()));
        return out.toString();
    }
}
