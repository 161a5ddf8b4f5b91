package org.egmpublisher.render.pdf;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.geom.Rectangle2D;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * A box of the page into which a {@link Drawing} paints through OpenPDF's Graphics2D, so charts
 * stay vectors (an {@code <img>} of an SVG would be rasterised by Batik).
 */
final class DrawingElement implements ITextReplacedElement {

    private final Drawing drawing;
    private final FontMapper fonts;
    private final int width;
    private final int height;
    private Point location = new Point(0, 0);

    DrawingElement(Drawing drawing, FontMapper fonts, int width, int height) {
        this.drawing = drawing;
        this.fonts = fonts;
        this.width = width;
        this.height = height;
    }

    @Override
    public void paint(RenderingContext c, ITextOutputDevice device, BlockBox box) {
        float dpp = device.getDotsPerPoint();
        float w = width / dpp;
        float h = height / dpp;
        PdfContentByte cb = device.getWriter().getDirectContent();
        PdfTemplate template = cb.createTemplate(w, h);
        Graphics2D g = template.createGraphics(w, h, fonts);
        try {
            drawing.draw(g, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g.dispose();
        }
        PageBox page = c.getPage();
        float x = box.getAbsX() + page.getMarginBorderPadding(c, CalculatedStyle.Edge.LEFT);
        float y = page.getBottom() - (box.getAbsY() + height) + page.getMarginBorderPadding(c, CalculatedStyle.Edge.BOTTOM);
        cb.addTemplate(template, x / dpp, y / dpp);
    }

    @Override
    public int getIntrinsicWidth() {
        return width;
    }

    @Override
    public int getIntrinsicHeight() {
        return height;
    }

    @Override
    public Point getLocation() {
        return location;
    }

    @Override
    public void setLocation(int x, int y) {
        location = new Point(x, y);
    }

    @Override
    public void detach(LayoutContext c) {
    }

    @Override
    public boolean isRequiresInteractivePaint() {
        return false;
    }

    @Override
    public boolean hasBaseline() {
        return false;
    }

    @Override
    public int getBaseline() {
        return 0;
    }
}
