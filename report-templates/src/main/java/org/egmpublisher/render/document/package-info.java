/**
 * The two documents — the EGM report and the methodology annex — built once as XHTML content
 * with their figures, then given to the PDF renderer and to the site, so both carry the same text.
 */
package org.egmpublisher.render.document;
