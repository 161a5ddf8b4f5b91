/**
 * What a build may reuse from the previous one: figures and PDFs kept under a digest of
 * everything they are made from, so that a rebuild makes again only what its inputs changed.
 */
package org.egmpublisher.render.cache;
