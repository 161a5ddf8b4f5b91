/** Explicit strategies for a child value a composite lacks; none of them fills in a silent zero. */
package org.egmpublisher.scoring.missing;
