package org.egmpublisher.render.pdf;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfBorderDictionary;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfWriter;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.style.CalculatedStyle.Edge;
import org.xhtmlrenderer.css.style.CssContext;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * The link annotations of a tagged PDF, each tied to its {@code Link} structure element as PDF/UA
 * asks: the annotation names its element ({@code /StructParent}) and describes itself
 * ({@code /Contents}), and the element holds an object reference ({@code OBJR}) back to it.
 *
 * <p>Flying Saucer 10.3 makes its link annotations where a subclass cannot reach them, so
 * {@link TaggingOutputDevice} leaves them out and this class makes them in their place, as Flying
 * Saucer does: one annotation per page for all the boxes of a link, leading to the box its
 * {@code #id} names or out to its URI. A link's {@code onclick} script, which Flying Saucer turns
 * into PDF JavaScript, is not carried over.
 */
final class LinkAnnotations {

    private final TaggingOutputDevice device;
    /** The areas annotated on the current page: a link's boxes all lead to one annotation. */
    private final Set<List<Float>> areasOnPage = new HashSet<>();
    /** Each annotation made for a tagged link, to be referred to from its element once all are made. */
    private final List<Tie> ties = new ArrayList<>();
    private float pageHeight;
    private Box root;

    private record Tie(PdfStructureElement link, PdfIndirectReference annotation, PdfIndirectReference page) {}

    LinkAnnotations(TaggingOutputDevice device) {
        this.device = device;
    }

    /** The laid-out document, whose pages internal links lead into. */
    void root(Box root) {
        this.root = root;
    }

    /** A new page, {@code height} points high, begins. */
    void newPage(float height) {
        pageHeight = height;
        areasOnPage.clear();
    }

    /**
     * Annotates {@code box} when it belongs to a link that leads somewhere; {@code link} is the
     * link's structure element, or null when it has none (a link in the running header).
     */
    void annotate(RenderingContext c, Box box, Element element, String uri, PdfStructureElement link) {
        PdfAction action = action(c, uri);
        if (action == null) {
            return;
        }
        org.openpdf.text.Rectangle area = area(c, box, element);
        if (!areasOnPage.add(List.of(area.getLeft(), area.getBottom(), area.getRight(), area.getTop()))) {
            return;
        }
        PdfWriter writer = device.getWriter();
        PdfAnnotation annotation = new PdfAnnotation(writer, area.getLeft(), area.getBottom(), area.getRight(),
                area.getTop(), action);
        annotation.put(PdfName.SUBTYPE, PdfName.LINK);
        annotation.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
        annotation.setBorderStyle(new PdfBorderDictionary(0.0f, 0));
        annotation.setBorder(new PdfBorderArray(0.0f, 0.0f, 0));
        annotation.put(PdfName.CONTENTS, new PdfString(description(element, uri), PdfString.TEXT_UNICODE));
        if (link != null) {
            int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
            annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
            ties.add(new Tie(link, annotation.getIndirectReference(), writer.getCurrentPage()));
        }
        writer.addAnnotation(annotation);
    }

    /**
     * Adds to each link element its object references, after its marked content: OpenPDF wants an
     * element's content first. Call once every page is painted, before the document is closed.
     */
    void tie() {
        for (Tie tie : ties) {
            PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
            reference.put(PdfName.OBJ, tie.annotation());
            reference.put(PdfName.PG, tie.page());
            PdfObject kids = tie.link().get(PdfName.K);
            if (kids instanceof PdfArray array) {
                array.add(reference);
            } else {
                PdfArray array = new PdfArray();
                if (kids != null) {
                    array.add(kids);
                }
                array.add(reference);
                tie.link().put(PdfName.K, array);
            }
        }
        ties.clear();
    }

    private PdfAction action(RenderingContext c, String uri) {
        if (uri.length() > 1 && uri.charAt(0) == '#') {
            Box target = device.getSharedContext().getBoxById(uri.substring(1));
            PdfDestination destination = target == null ? null : destination(c, target);
            if (destination == null) {
                return null;
            }
            PdfAction goTo = new PdfAction();
            goTo.put(PdfName.S, PdfName.GOTO);
            goTo.put(PdfName.D, destination);
            return goTo;
        }
        return new PdfAction(uri);
    }

    /**
     * The top of {@code target} on its page, as Flying Saucer places it; but a block whose content
     * was pushed past a page break (a heading kept with what follows it) keeps its top on the page
     * before, and there the destination is its first line, on the page the reader is looking for.
     */
    private PdfDestination destination(CssContext c, Box target) {
        int y = target instanceof InlineLayoutBox inline ? inline.getAbsY() + inline.getBaseline() : target.getAbsY();
        PageBox page = root.getLayer().getPage(c, y);
        if (page == null) {
            return null;
        }
        float top = target.getAbsY() + target.getMargin(c).top();
        Box line = target instanceof BlockBox ? firstLine(target) : target;
        PageBox linePage = line == target ? null : root.getLayer().getPage(c, line.getAbsY());
        if (linePage != null && linePage.getPageNo() > page.getPageNo()) {
            page = linePage;
            top = line.getAbsY();
        }
        float dotsPerPoint = device.getDotsPerPoint();
        int fromTop = page.getMarginBorderPadding(c, Edge.TOP) + (int) (top - page.getTop());
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, 0,
                page.getHeight(c) / dotsPerPoint - fromTop / dotsPerPoint, 0);
        destination.addPage(device.getWriter().getPageReference(device.getStartPageNo() + page.getPageNo() + 1));
        return destination;
    }

    private static Box firstLine(Box block) {
        Box box = block;
        while (!(box instanceof LineBox) && box.getChildCount() > 0) {
            box = box.getChild(0);
        }
        return box;
    }

    /** The area all boxes of the link around {@code box} cover on the page, in PDF coordinates. */
    private org.openpdf.text.Rectangle area(RenderingContext c, Box box, Element element) {
        Box first = box;
        while (first.getPreviousSibling() != null && first.getPreviousSibling().getElement() == element) {
            first = first.getPreviousSibling();
        }
        org.openpdf.text.Rectangle area = null;
        for (Box b = first; b != null && b.getElement() == element; b = b.getNextSibling()) {
            org.openpdf.text.Rectangle one = onPage(c, b);
            area = area == null ? one : new org.openpdf.text.Rectangle(Math.min(area.getLeft(), one.getLeft()),
                    Math.min(area.getBottom(), one.getBottom()), Math.max(area.getRight(), one.getRight()),
                    Math.max(area.getTop(), one.getTop()));
        }
        return area;
    }

    private org.openpdf.text.Rectangle onPage(RenderingContext c, Box box) {
        Rectangle bounds = box.getPaintingInfo() != null
                ? box.getPaintingInfo().getAggregateBounds()
                : box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        Point2D corner = device.getTransform().transform(new Point2D.Double(bounds.x, bounds.y + bounds.height), null);
        float x = (float) corner.getX();
        float y = pageHeight - (float) corner.getY();
        return new org.openpdf.text.Rectangle(x, y, x + device.getDeviceLength(bounds.width),
                y + device.getDeviceLength(bounds.height));
    }

    /** What a reader is told of the link: its title, else its text, else where it leads. */
    private static String description(Element element, String uri) {
        String title = element.getAttribute("title").strip();
        if (!title.isEmpty()) {
            return title;
        }
        String text = element.getTextContent().strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? uri : text;
    }
}
