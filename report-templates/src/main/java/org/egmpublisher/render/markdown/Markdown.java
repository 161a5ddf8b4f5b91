package org.egmpublisher.render.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.egmpublisher.render.html.Headings;
import org.egmpublisher.render.html.Latin1;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns an editor's Markdown into XHTML that is safe to publish and that Flying Saucer can parse.
 *
 * <p>Two layers, because Markdown comes from many hands (pasted from the web, from Word): flexmark
 * escapes any raw HTML, so a pasted {@code <script>} shows as text; then jsoup cleans the result
 * against an allowlist, which drops {@code javascript:} and other unsafe link targets and any
 * attribute not needed for reading. Headings are fitted under the heading of the document that
 * embeds them ({@link Headings}): an editor's {@code ##} opening a session's framing text becomes
 * the level below the framing's heading, and no level is skipped.
 *
 * <p>Thread-safe: the parser and renderer are immutable once built.
 */
public final class Markdown {

    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("th", "scope")
            .addAttributes("a", "id")
            .addAttributes("sup", "id")
            .addAttributes("li", "id")
            .addAttributes("div", "class")
            .addProtocols("a", "href", "#", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private final Parser parser;
    private final HtmlRenderer renderer;
    /**
     * Each text converted once: the report and the site's meeting pages convert the same answers
     * and outcomes, and a preview converts them again after every change. Keyed by the top heading
     * level and the text.
     */
    private final Map<String, String> converted = new ConcurrentHashMap<>();

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Markdown to an XHTML fragment whose highest heading is an {@code h<topHeading>}, with no level
     * skipped below it; {@code topHeading} 0 keeps the headings as written.
     */
    public String toXhtml(String markdown, int topHeading) {
        return converted.computeIfAbsent(topHeading + "\u0000" + markdown, key -> convert(markdown, topHeading));
    }

    private String convert(String markdown, int topHeading) {
        String html = renderer.render(parser.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html, "https://egm.invalid/");
        Document clean = new Cleaner(SAFE).clean(dirty);
        if (topHeading > 0) {
            Headings.fitWithin(clean.body(), topHeading);
        }
        Latin1.xhtml(clean);
        return clean.body().html();
    }

    /** The first paragraph's text without markup, for summaries and meta descriptions. */
    public String plainText(String markdown) {
        return Jsoup.parse(renderer.render(parser.parse(markdown))).text();
    }
}
