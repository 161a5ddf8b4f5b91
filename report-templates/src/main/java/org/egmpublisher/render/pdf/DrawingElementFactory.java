package org.egmpublisher.render.pdf;

import java.util.Map;
import org.openpdf.text.pdf.FontMapper;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Wraps Flying Saucer's own factory: an {@code <object type="application/x-drawing" data="ID">}
 * becomes a {@link DrawingElement} for the drawing registered under ID; anything else is left to
 * the wrapped factory.
 */
final class DrawingElementFactory implements ReplacedElementFactory {

    static final String TYPE = "application/x-drawing";

    private final ReplacedElementFactory delegate;
    private final Map<String, Drawing> drawings;
    private final FontMapper fonts;

    DrawingElementFactory(ReplacedElementFactory delegate, Map<String, Drawing> drawings, FontMapper fonts) {
        this.delegate = delegate;
        this.drawings = drawings;
        this.fonts = fonts;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int width,
                                                 int height) {
        Element e = box.getElement();
        if (e != null && "object".equals(e.getNodeName()) && TYPE.equals(e.getAttribute("type"))) {
            Drawing drawing = drawings.get(e.getAttribute("data"));
            if (drawing == null) {
                throw new IllegalStateException("no drawing registered as '" + e.getAttribute("data") + "'");
            }
            return new DrawingElement(drawing, fonts, width, height);
        }
        return delegate.createReplacedElement(c, box, uac, width, height);
    }

    @Override
    public void reset() {
        delegate.reset();
    }

    @Override
    public void remove(Element e) {
        delegate.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        delegate.setFormSubmissionListener(listener);
    }
}
