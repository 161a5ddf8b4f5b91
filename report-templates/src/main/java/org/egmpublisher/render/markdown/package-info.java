/** Markdown to safe, well-formed XHTML: raw HTML escaped, unsafe links dropped. */
package org.egmpublisher.render.markdown;
