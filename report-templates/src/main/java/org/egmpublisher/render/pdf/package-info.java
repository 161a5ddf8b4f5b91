/** XHTML to PDF through Flying Saucer and OpenPDF: shipped fonts embedded, charts drawn as vectors, tagged (links included), output deterministic. */
package org.egmpublisher.render.pdf;
