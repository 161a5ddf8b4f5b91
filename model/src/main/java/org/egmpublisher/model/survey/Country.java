package org.egmpublisher.model.survey;

import java.util.Objects;

/**
 * A UN Member State with the groupings the Survey aggregates by.
 *
 * @param iso3 ISO 3166 alpha-3 code, the key everywhere
 * @param name the name as the Survey publishes it
 * @param m49 the UN M49 numeric code, as three digits
 * @param region the M49 region (Africa, Americas, Asia, Europe, Oceania)
 * @param subRegion the M49 sub-region
 * @param intermediateRegion the M49 intermediate region, or empty
 * @param incomeGroup the World Bank income group, or empty when unclassified
 */
public record Country(String iso3, String name, String m49, String region, String subRegion,
                      String intermediateRegion, String incomeGroup, boolean ldc, boolean lldc,
                      boolean sids) {
    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(m49, "m49");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(subRegion, "subRegion");
        Objects.requireNonNull(intermediateRegion, "intermediateRegion");
        Objects.requireNonNull(incomeGroup, "incomeGroup");
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 must be three capital letters, got '" + iso3 + "'");
        }
    }

    /** The lower-case slug used in page addresses, e.g. {@code dnk}. */
    public String slug() {
        return iso3.toLowerCase(java.util.Locale.ROOT);
    }
}
