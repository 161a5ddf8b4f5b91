/** XHTML to PDF through Flying Saucer and OpenPDF: shipped fonts embedded, charts drawn as vectors, output deterministic. */
package org.egmpublisher.render.pdf;
