/** The publication's settings ({@code publication.yaml}) and its extra pages ({@code content/*.md}). */
package org.egmpublisher.model.publication;
