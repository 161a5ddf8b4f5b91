package org.egmpublisher.scoring.rank;

import java.util.Locale;

/**
 * Which EGDI an imported edition is ranked on (METHODOLOGY.md §7). The published EGDI is the
 * rule; 2020 needs the mean of the published components instead, because its published
 * 4-decimal EGDI has ties that the Survey broke on unpublished digits and the component mean
 * resolves one of them (Croatia before Hungary). 2024 must use the published value: Iraq and
 * Kiribati have equal component sums but different published EGDI.
 */
public enum RankBasis {
    /** The EGDI as published. */
    PUBLISHED_VALUE,
    /** The weighted mean of the published components, unrounded. */
    COMPONENT_MEAN;

    /** The spelling used in preset files, e.g. {@code component-mean}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RankBasis fromCode(String code) {
        for (RankBasis b : values()) {
            if (b.code().equals(code)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown rank basis '" + code + "'; known: published-value, component-mean");
    }
}
