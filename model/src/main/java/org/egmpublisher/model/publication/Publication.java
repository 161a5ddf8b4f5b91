package org.egmpublisher.model.publication;

import java.util.List;
import java.util.Objects;

/**
 * What {@code publication.yaml} says: titles, which editions to publish, the methodology preset,
 * the scenarios discussed at the meeting and the uncertainty analysis to run.
 *
 * @param baseUrl the address the site will be served from, used only for absolute links in
 *                {@code sitemap.xml} and Open Graph tags; empty for a site read from disk
 * @param methodology the name of the methodology preset family, e.g. {@code un-egov}
 */
public record Publication(String title, String shortTitle, String language, String baseUrl,
                          List<Integer> editions, String methodology, List<ScenarioSpec> scenarios,
                          UncertaintySpec uncertainty) {

    public Publication {
        Objects.requireNonNull(title, "title");
        editions = List.copyOf(editions);
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(uncertainty, "uncertainty");
    }
}
