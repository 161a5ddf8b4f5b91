/** FreeMarker set up once: XHTML output with auto-escaping, strict, built-in templates overridable per project. */
package org.egmpublisher.render.html;
