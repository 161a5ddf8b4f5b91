package org.egmpublisher.render.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Something drawn as vectors into a PDF box: a chart or the map. The document refers to it as
 * {@code <object type="application/x-drawing" data="ID" style="width:…;height:…"/>}.
 */
@FunctionalInterface
public interface Drawing {
    void draw(Graphics2D g, Rectangle2D area);
}
