package org.egmpublisher.render.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egmpublisher.render.cache.RenderCache;
import org.egmpublisher.render.html.Latin1;
import org.egmpublisher.render.html.Templates;
import org.egmpublisher.render.html.WellFormed;
import org.egmpublisher.render.pdf.Drawing;
import org.egmpublisher.render.pdf.PdfRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Lays a {@link DocumentContent} out for print: cover, contents with page numbers, bookmarks for
 * every chapter and section, running header, "Page N of M", figures as vector drawings.
 */
public final class PdfDocumentWriter {

    /** A bookmark with its sub-bookmarks, as the template lists them. */
    public record Bookmark(String id, String text, List<Bookmark> children) {
    }

    /** The template of a whole document, which {@link DocumentContent}'s body goes into. */
    private static final String TEMPLATE = "pdf-document.ftlx";

    private final Templates templates;
    private final PdfRenderer renderer;
    private final String version;
    private final String css;
    private final RenderCache cache;

    public PdfDocumentWriter(Templates templates, PdfRenderer renderer, String version) {
        this(templates, renderer, version, RenderCache.NONE);
    }

    /** As {@link #PdfDocumentWriter(Templates, PdfRenderer, String)}, reusing the PDFs {@code cache} has. */
    public PdfDocumentWriter(Templates templates, PdfRenderer renderer, String version, RenderCache cache) {
        this.templates = templates;
        this.renderer = renderer;
        this.version = version;
        this.css = resource("/org/egmpublisher/render/templates/pdf.css");
        this.cache = cache;
    }

    public byte[] write(DocumentContent doc, String author, List<String> coverLines) {
        Map<String, Drawing> drawings = new HashMap<>();
        String xhtml = xhtml(doc, author, coverLines, drawings);
        if (templates.overridden()) {
            // The renderer parses leniently, as a browser does; a project's own template gets the strict check.
            WellFormed.require(TEMPLATE, xhtml);
        }
        return cache.bytes("pdf", key(xhtml, doc, drawings),
                () -> renderer.render(xhtml, "https://egm.invalid/", drawings, doc.language()));
    }

    /** The whole document as the renderer gets it; the drawings its figures stand for are put in {@code drawings}. */
    String xhtml(DocumentContent doc, String author, List<String> coverLines, Map<String, Drawing> drawings) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("doc", doc);
        model.put("author", author);
        model.put("version", version);
        model.put("css", css);
        model.put("coverLines", coverLines);
        model.put("bookmarks", bookmarks(doc.headings()));
        model.put("body", withFigures(doc, drawings));
        return templates.render(TEMPLATE, model);
    }

    /** Everything the PDF is made from: the date it is stamped with, its language, its XHTML and its drawings. */
    private String key(String xhtml, DocumentContent doc, Map<String, Drawing> drawings) {
        StringBuilder key = new StringBuilder(xhtml.length() + 128 * drawings.size() + 64);
        key.append(renderer.timestamp()).append('\n').append(doc.language()).append('\n');
        new TreeMap<>(drawings).keySet().forEach(id -> key.append(id).append(' ')
                .append(doc.figures().get(id).fingerprint()).append('\n'));
        return key.append(xhtml).toString();
    }

    /** Bookmarks for every heading (h1–h3), nested as the headings are. */
    static List<Bookmark> bookmarks(List<Heading> headings) {
        List<Bookmark> top = new ArrayList<>();
        List<Bookmark> chapter = null;
        List<Bookmark> section = null;
        for (Heading h : headings) {
            List<Bookmark> children = new ArrayList<>();
            Bookmark b = new Bookmark(h.id(), h.text(), children);
            if (h.level() == 1 || chapter == null) {
                top.add(b);
                chapter = children;
                section = null;
            } else if (h.level() == 2 || section == null) {
                chapter.add(b);
                section = children;
            } else {
                section.add(b);
            }
        }
        return top;
    }

    /** Replaces each figure placeholder with a vector drawing and its caption. */
    private static String withFigures(DocumentContent doc, Map<String, Drawing> drawings) {
        Document d = Jsoup.parse("<div id='root'>" + doc.body() + "</div>", "", Parser.xmlParser());
        for (Element placeholder : d.select("div[data-figure]")) {
            String id = placeholder.attr("data-figure");
            DocumentFigure f = doc.figures().get(id);
            if (f == null) {
                throw new IllegalStateException("document " + doc.slug() + " refers to unknown figure '" + id + "'");
            }
            drawings.put(f.id(), f.drawing());
            Element figure = new Element("figure").attr("id", "fig-" + f.id());
            // The label is the figure's text alternative in the tagged PDF (its /Alt).
            figure.appendElement("object").attr("type", "application/x-drawing").attr("data", f.id())
                    .attr("aria-label", sentence(f.title()) + " " + f.summary())
                    .attr("style", "display:block;width:" + f.widthMm() + "mm;height:" + f.heightMm() + "mm");
            Element caption = figure.appendElement("figcaption");
            caption.appendElement("span").addClass("fig-title").text(placeholder.attr("data-label") + sentence(f.title()) + " ");
            caption.appendText(f.summary());
            placeholder.replaceWith(figure);
        }
        return Latin1.xhtml(d).selectFirst("#root").html();
    }

    /** The title as a sentence: a full stop added unless it already ends in punctuation. */
    static String sentence(String title) {
        return title.matches(".*[.?!]$") ? title : title + ".";
    }

    private static String resource(String name) {
        try (InputStream in = PdfDocumentWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
