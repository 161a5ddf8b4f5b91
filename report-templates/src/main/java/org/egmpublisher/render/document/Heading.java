package org.egmpublisher.render.document;

/** A heading of a document, for its contents page, PDF bookmarks and the site's page outline. */
public record Heading(int level, String id, String text) {
}
