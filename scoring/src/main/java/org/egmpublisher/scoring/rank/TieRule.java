package org.egmpublisher.scoring.rank;

import java.util.Locale;

/**
 * How an edition ranked countries with equal published EGDI (METHODOLOGY.md §7).
 */
public enum TieRule {
    /** Equal values at the published precision share a rank, the next is skipped (1-2-2-4). */
    SHARED_ON_ROUNDED,
    /** Every country gets its own rank, ordered by the unrounded value, then by a tiebreak. */
    UNIQUE_BY_FULL_PRECISION;

    /** The spelling used in preset files, e.g. {@code shared-on-rounded}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TieRule fromCode(String code) {
        for (TieRule t : values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown tie rule '" + code + "'; known: shared-on-rounded, unique-by-full-precision");
    }
}
