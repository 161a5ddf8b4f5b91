package org.egmpublisher.model.publication;

/** An extra site page from {@code content/*.md}; {@code slug} is the file name without extension. */
public record ContentPage(String slug, String title, int weight, String markdown, String file) {
}
