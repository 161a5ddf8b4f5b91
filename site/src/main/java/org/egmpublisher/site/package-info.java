/**
 * The static website and the whole build: {@link org.egmpublisher.site.Build} runs load, score,
 * documents and site, and swaps the output folder in atomically.
 */
package org.egmpublisher.site;
