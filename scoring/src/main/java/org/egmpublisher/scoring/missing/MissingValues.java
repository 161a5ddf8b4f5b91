package org.egmpublisher.scoring.missing;

import java.util.Locale;

/**
 * What a composite does when a country lacks one of its children (an indicator not reported, or
 * a sub-index the country was excluded from). The Survey fills gaps from other sources before
 * computing (METHODOLOGY.md §8.1, Q5), so the presets default to {@link #FAIL}: the engine never
 * invents a value unless the preset asks for it, and every value it does invent is reported.
 */
public enum MissingValues {
    /** Stop with an error naming the country and the missing child. */
    FAIL,
    /** The country gets no value for this composite (nor for composites above it that also exclude). */
    EXCLUDE_COUNTRY,
    /** Use the mean of the child's normalised values over the countries that have it. */
    MEAN_IMPUTATION,
    /** Combine the children the country has, their weights rescaled to sum as before. */
    REWEIGHT;

    /** The spelling used in preset files, e.g. {@code mean-imputation}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static MissingValues fromCode(String code) {
        for (MissingValues m : values()) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown missing-value strategy '" + code
                + "'; known: fail, exclude-country, mean-imputation, reweight");
    }
}
