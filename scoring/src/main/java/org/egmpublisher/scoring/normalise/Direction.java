package org.egmpublisher.scoring.normalise;

import java.util.Locale;

/**
 * Whether a higher raw value is better. Prices (the 2024 TII affordability baskets,
 * METHODOLOGY.md §8.1, Q4) are lower-is-better: a normalisation turns them round so that every
 * normalised value reads "higher is better" before the weighted mean.
 */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** The spelling used in preset files, e.g. {@code lower-is-better}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Direction fromCode(String code) {
        for (Direction d : values()) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction '" + code + "'; known: higher-is-better, lower-is-better");
    }
}
