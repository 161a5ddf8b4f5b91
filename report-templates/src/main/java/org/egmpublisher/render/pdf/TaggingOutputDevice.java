package org.egmpublisher.render.pdf;

import java.awt.Rectangle;
import java.awt.Shape;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.css.style.derived.BorderPropertySet;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.RenderingContext;
import org.xhtmlrenderer.render.TextDecoration;

/**
 * Paints as Flying Saucer does, and tags what it paints, so that a screen reader finds the
 * document's structure in reading order: headings, paragraphs, lists, tables and figures, a figure
 * with its text alternative. The running header, the page numbers, backgrounds, borders and rules
 * are marked as artifacts, which a reader skips. Flying Saucer 10.3 writes untagged PDF; its own
 * tagging is merged upstream but not yet released, and can replace this class once it is.
 *
 * <p>The structure follows the XHTML. Text is tagged with its nearest block of meaning: a table
 * cell or a list item takes all the text inside it (a structure element holds either content or
 * other elements, never both, in OpenPDF), else the nearest heading, paragraph or caption, else a
 * paragraph for the element the text stands in. Tables (rows and cells) and lists (items with
 * their bodies) are the only containers; everything else hangs from the document.
 *
 * <p>A link is a {@code Link} element with its annotation ({@link LinkAnnotations}). A block that
 * holds links holds elements only: its links, and a {@code Span} for each run of text between them.
 */
final class TaggingOutputDevice extends ITextOutputDevice {

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    /** Stands for "an artifact" where a structure element is expected. */
    private static final PdfStructureElement NOT_CONTENT = null;
    private static final PdfName ROW = new PdfName("TR");
    /** A header cell's attributes: owned by the table layout, scoped to its column or its row. */
    private static final PdfName OWNER = new PdfName("O");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName ROW_SCOPE = new PdfName("Row");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");
    private static final PdfName ROW_SPAN = new PdfName("RowSpan");
    private static final PdfName SPAN = new PdfName("Span");

    /** Elements painted as pictures: each is a figure. */
    private static final Set<String> REPLACED = Set.of("img", "object");

    /** Elements that hold other structure elements, never text of their own. */
    private static final Set<String> CONTAINERS = Set.of("table", "tr", "ul", "ol", "li");

    /** Elements whose text, at any depth, is theirs: the outermost one wins. */
    private static final Set<String> CELLS = Set.of("td", "th", "li");
    private static final Set<String> TABLE_CELLS = Set.of("td", "th");

    /** Elements whose own text is one block of meaning, mapped to their structure type. */
    private static final Map<String, PdfName> BLOCKS = Map.ofEntries(
            Map.entry("h1", new PdfName("H1")), Map.entry("h2", new PdfName("H2")), Map.entry("h3", new PdfName("H3")),
            Map.entry("h4", new PdfName("H4")), Map.entry("h5", new PdfName("H5")), Map.entry("h6", new PdfName("H6")),
            Map.entry("p", PdfName.P), Map.entry("caption", PdfName.CAPTION), Map.entry("figcaption", PdfName.CAPTION),
            Map.entry("blockquote", PdfName.BLOCKQUOTE), Map.entry("pre", PdfName.CODE),
            Map.entry("dt", PdfName.P), Map.entry("dd", PdfName.P));

    /** What each element's text is tagged with; {@link #NOT_CONTENT} for artifacts. */
    private final Map<Element, PdfStructureElement> leaves = new IdentityHashMap<>();
    /** The table, row and list elements made so far. */
    private final Map<Element, PdfStructureElement> containers = new IdentityHashMap<>();
    /** The figures (pictures, drawings) made so far. */
    private final Map<Element, PdfStructureElement> figures = new IdentityHashMap<>();
    /** The links made so far. */
    private final Map<Element, PdfStructureElement> links = new IdentityHashMap<>();
    /** In a block that holds links: what each of its texts is tagged with, a link or a span. */
    private final Map<Text, PdfStructureElement> runs = new IdentityHashMap<>();
    private final LinkAnnotations annotations = new LinkAnnotations(this);
    private PdfStructureElement document;
    /** Whether a marked-content sequence is open on the page (they do not nest here). */
    private boolean open;

    TaggingOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void setWriter(PdfWriter writer) {
        super.setWriter(writer);
        leaves.clear();
        containers.clear();
        figures.clear();
        links.clear();
        runs.clear();
        document = null;
        open = false;
    }

    @Override
    public void setRoot(Box root) {
        super.setRoot(root);
        annotations.root(root);
    }

    @Override
    public void initializePage(PdfContentByte page, float height) {
        super.initializePage(page, height);
        annotations.newPage(height);
    }

    @Override
    public void finish(RenderingContext c, Box root) {
        annotations.tie();
        super.finish(c, root);
    }

    @Override
    public void drawText(RenderingContext c, InlineText text) {
        Text node = text.getTextNode();
        PdfStructureElement leaf = NOT_CONTENT;
        if (node != null && !text.isDynamicFunction() && !text.getSubstring().isBlank()) {
            prepare(node.getOwnerDocument());
            leaf = leafOf(node);
        }
        mark(leaf, () -> super.drawText(c, text));
    }

    @Override
    public void paintReplacedElement(RenderingContext c, BlockBox box) {
        Element e = box.getElement();
        if (e != null) {
            prepare(e.getOwnerDocument());
        }
        PdfStructureElement figure = e == null || decorative(e) || inRunningContent(e) ? NOT_CONTENT : figureOf(e);
        mark(figure, () -> super.paintReplacedElement(c, box));
    }

    // A background or a border is several strokes and fills: one artifact each, not one a stroke.

    /**
     * As Flying Saucer paints a box's background, but with the link annotation made here, tagged
     * ({@link LinkAnnotations}), not by Flying Saucer.
     */
    @Override
    public void paintBackground(RenderingContext c, Box box) {
        if (box.getStyle().isVisible()) {
            Rectangle bounds = box.getPaintingBorderEdge(c);
            paintBackground(c, box.getStyle(), bounds, bounds, box.getStyle().getBorder(c));
        }
        Element e = box.getElement();
        String uri = e == null ? null : linkUri(e);
        if (uri != null) {
            annotations.annotate(c, box, e, uri, links.get(e));
        }
    }

    @Override
    public void paintBackground(RenderingContext c, CalculatedStyle style, Rectangle bounds,
                                Rectangle bgImageContainer, BorderPropertySet border) {
        mark(NOT_CONTENT, () -> super.paintBackground(c, style, bounds, bgImageContainer, border));
    }

    @Override
    public void paintBorder(RenderingContext c, Box box) {
        mark(NOT_CONTENT, () -> super.paintBorder(c, box));
    }

    @Override
    public void paintBorder(RenderingContext c, CalculatedStyle style, Rectangle edge, int sides) {
        mark(NOT_CONTENT, () -> super.paintBorder(c, style, edge, sides));
    }

    @Override
    public void paintCollapsedBorder(RenderingContext c, BorderPropertySet border, Rectangle bounds, int side) {
        mark(NOT_CONTENT, () -> super.paintCollapsedBorder(c, border, bounds, side));
    }

    @Override
    public void drawTextDecoration(RenderingContext c, InlineLayoutBox box, TextDecoration decoration) {
        mark(NOT_CONTENT, () -> super.drawTextDecoration(c, box, decoration));
    }

    @Override
    public void drawTextDecoration(RenderingContext c, LineBox lineBox) {
        mark(NOT_CONTENT, () -> super.drawTextDecoration(c, lineBox));
    }

    // What is painted outside the calls above (list markers, rules) is an artifact too.

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        mark(NOT_CONTENT, () -> super.drawString(s, x, y, info));
    }

    @Override
    public void draw(Shape shape) {
        mark(NOT_CONTENT, () -> super.draw(shape));
    }

    @Override
    public void fill(Shape shape) {
        mark(NOT_CONTENT, () -> super.fill(shape));
    }

    @Override
    public void drawBorderLine(Shape bounds, int side, int width, boolean solid) {
        mark(NOT_CONTENT, () -> super.drawBorderLine(bounds, side, width, solid));
    }

    @Override
    protected void drawLine(int x1, int y1, int x2, int y2) {
        mark(NOT_CONTENT, () -> super.drawLine(x1, y1, x2, y2));
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        mark(NOT_CONTENT, () -> super.drawRect(x, y, width, height));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        mark(NOT_CONTENT, () -> super.drawOval(x, y, width, height));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        mark(NOT_CONTENT, () -> super.fillRect(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        mark(NOT_CONTENT, () -> super.fillOval(x, y, width, height));
    }

    @Override
    public void drawImage(FSImage image, int x, int y) {
        mark(NOT_CONTENT, () -> super.drawImage(image, x, y));
    }

    /**
     * Paints as a marked-content sequence: of {@code leaf}, or an artifact when it is
     * {@link #NOT_CONTENT}; inside a sequence already, paints as it is (sequences do not nest here).
     */
    private void mark(PdfStructureElement leaf, Runnable paint) {
        if (open) {
            paint.run();
            return;
        }
        PdfContentByte page = getCurrentPage();
        if (leaf == NOT_CONTENT) {
            page.beginMarkedContentSequence(ARTIFACT);
        } else {
            page.beginMarkedContentSequence(leaf);
        }
        open = true;
        try {
            paint.run();
        } finally {
            open = false;
            page.endMarkedContentSequence();
        }
    }

    /**
     * Makes the structure elements of {@code doc}'s body in document order, once: Flying Saucer
     * paints a page's pictures after its text, and the order the elements are made in is the
     * reading order.
     */
    private void prepare(Document doc) {
        if (document != null) {
            return;
        }
        document();
        Element root = doc.getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name(e).equals("body")) {
                prepareWithin(e);
            }
        }
    }

    private void prepareWithin(Element element) {
        if (running(element)) {
            return; // the walk is top-down: an element's own style says it all
        }
        if (REPLACED.contains(name(element))) {
            if (!decorative(element)) {
                figureOf(element);
            }
            return;
        }
        if (TABLE_CELLS.contains(name(element)) && ownerOf(element) == element && !leaves.containsKey(element)) {
            leaves.put(element, makeLeaf(element)); // an empty cell too: every row keeps all its columns
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                prepareWithin(e);
            } else if (n instanceof Text t && !t.getData().isBlank() && !leaves.containsKey(element)) {
                leaves.put(element, makeLeaf(element));
            }
        }
    }

    private PdfStructureElement figureOf(Element e) {
        PdfStructureElement figure = figures.get(e);
        if (figure == null) {
            figure = new PdfStructureElement(containerOf(e.getParentNode()), PdfName.FIGURE);
            String alt = firstNonEmpty(e.getAttribute("aria-label"), e.getAttribute("alt"), e.getAttribute("title"));
            if (!alt.isEmpty()) {
                figure.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
            }
            figures.put(e, figure);
        }
        return figure;
    }

    /** An image that says it is decoration ({@code alt=""}): an artifact, which a reader skips. */
    private static boolean decorative(Element e) {
        return name(e).equals("img") && e.hasAttribute("alt") && e.getAttribute("alt").isBlank();
    }

    /** The structure element the text of {@code node} belongs to, or {@link #NOT_CONTENT}. */
    private PdfStructureElement leafOf(Text node) {
        Element parent = parentElement(node);
        if (parent == null) {
            return NOT_CONTENT;
        }
        PdfStructureElement run = runs.get(node);
        if (run != null) {
            return run;
        }
        if (leaves.containsKey(parent)) {
            return leaves.get(parent);
        }
        PdfStructureElement leaf = inRunningContent(parent) ? NOT_CONTENT : makeLeaf(parent);
        leaves.put(parent, leaf);
        return leaf;
    }

    private PdfStructureElement makeLeaf(Element parent) {
        Element owner = ownerOf(parent);
        if (owner != parent && leaves.containsKey(owner)) {
            return leaves.get(owner);
        }
        String name = name(owner);
        PdfStructureElement leaf = switch (name) {
            case "td" -> cell(owner, PdfName.TD, new PdfDictionary());
            case "th" -> header(owner);
            case "li" -> new PdfStructureElement(container(owner), PdfName.LBODY);
            default -> new PdfStructureElement(containerOf(owner.getParentNode()), BLOCKS.getOrDefault(name, PdfName.P));
        };
        leaves.put(owner, leaf);
        if (holdsLink(owner)) {
            splitRuns(owner, leaf, new PdfStructureElement[1]);
        }
        return leaf;
    }

    /** The element whose structure element the text inside {@code parent} belongs to. */
    private static Element ownerOf(Element parent) {
        Element owner = null;
        for (Element e = parent; e != null; e = parentElement(e)) {
            if (CELLS.contains(name(e))) {
                owner = e; // the outermost cell or list item
            }
        }
        if (owner == null) {
            for (Element e = parent; e != null && owner == null; e = parentElement(e)) {
                if (BLOCKS.containsKey(name(e))) {
                    owner = e;
                }
            }
        }
        return owner == null ? parent : owner;
    }

    private boolean holdsLink(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (isLink(e) || holdsLink(e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tags the texts inside {@code element}, in document order, with the links of {@code block} and
     * with a span for each run of text between them; {@code span} holds the run's span, if begun.
     */
    private void splitRuns(Element element, PdfStructureElement block, PdfStructureElement[] span) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isLink(e)) {
                PdfStructureElement link = new PdfStructureElement(block, PdfName.LINK);
                links.put(e, link);
                tagTexts(e, link);
                span[0] = null;
            } else if (n instanceof Element e) {
                splitRuns(e, block, span);
            } else if (n instanceof Text t && !t.getData().isBlank()) {
                if (span[0] == null) {
                    span[0] = new PdfStructureElement(block, SPAN);
                }
                runs.put(t, span[0]);
            }
        }
    }

    private void tagTexts(Element element, PdfStructureElement with) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                tagTexts(e, with);
            } else if (n instanceof Text t) {
                runs.put(t, with);
            }
        }
    }

    private boolean isLink(Element e) {
        return linkUri(e) != null;
    }

    /** Where {@code e} leads, as the XHTML namespace handler reads it ({@code href} of an {@code a}); null if nowhere. */
    private String linkUri(Element e) {
        return getSharedContext().getNamespaceHandler().getLinkUri(e);
    }

    /** A header cell, with the scope its {@code scope} attribute gives it (a column's or a row's). */
    private PdfStructureElement header(Element th) {
        PdfDictionary attributes = new PdfDictionary();
        PdfName scope = switch (th.getAttribute("scope").toLowerCase(Locale.ROOT)) {
            case "col", "colgroup" -> COLUMN;
            case "row", "rowgroup" -> ROW_SCOPE;
            default -> null;
        };
        if (scope != null) {
            attributes.put(SCOPE, scope);
        }
        return cell(th, PdfName.TH, attributes);
    }

    /** A table cell of {@code type}, with {@code attributes} and the columns and rows it spans. */
    private PdfStructureElement cell(Element e, PdfName type, PdfDictionary attributes) {
        PdfStructureElement cell = new PdfStructureElement(containerOf(e.getParentNode()), type);
        span(e, "colspan", COL_SPAN, attributes);
        span(e, "rowspan", ROW_SPAN, attributes);
        if (attributes.size() > 0) {
            attributes.put(OWNER, PdfName.TABLE);
            cell.put(PdfName.A, attributes);
        }
        return cell;
    }

    private static void span(Element cell, String attribute, PdfName key, PdfDictionary attributes) {
        try {
            int n = Integer.parseInt(cell.getAttribute(attribute).strip());
            if (n > 1) {
                attributes.put(key, new PdfNumber(n));
            }
        } catch (NumberFormatException e) {
            // absent or not a number: one column, one row, as a browser takes it
        }
    }

    /** The table, row, list or list item nearest above {@code node}, else the document. */
    private PdfStructureElement containerOf(Node node) {
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            if (CONTAINERS.contains(name(e))) {
                return container(e);
            }
        }
        return document();
    }

    private PdfStructureElement container(Element e) {
        PdfStructureElement made = containers.get(e);
        if (made == null) {
            PdfStructureElement parent = containerOf(e.getParentNode());
            made = new PdfStructureElement(parent, switch (name(e)) {
                case "table" -> PdfName.TABLE;
                case "tr" -> ROW;
                case "li" -> PdfName.LI;
                default -> PdfName.L;
            });
            containers.put(e, made);
        }
        return made;
    }

    private PdfStructureElement document() {
        if (document == null) {
            document = new PdfStructureElement(getWriter().getStructureTreeRoot(), PdfName.DOCUMENT);
        }
        return document;
    }

    /** Whether {@code e} is, or is inside, an element moved into the page margins ({@code position: running()}). */
    private boolean inRunningContent(Element e) {
        for (Element x = e; x != null; x = parentElement(x)) {
            if (running(x)) {
                return true;
            }
        }
        return false;
    }

    private boolean running(Element e) {
        CalculatedStyle style = getSharedContext().getStyle(e);
        return style != null && style.isRunning();
    }

    private static Element parentElement(Node node) {
        Node p = node.getParentNode();
        return p instanceof Element e ? e : null;
    }

    private static String name(Element e) {
        String local = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        return local.toLowerCase(Locale.ROOT);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
