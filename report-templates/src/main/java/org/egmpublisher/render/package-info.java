/**
 * Renders the publication: FreeMarker templates to XHTML, Markdown to safe HTML, XHTML to PDF,
 * charts and the world map. {@link org.egmpublisher.render.document} builds the two documents.
 */
package org.egmpublisher.render;
