package org.egmpublisher.scoring.rank;

/**
 * How an edition ranked countries with equal published EGDI (METHODOLOGY.md §7).
 */
public enum TieRule {
    /** Equal values at the published precision share a rank, the next is skipped (1-2-2-4). */
    SHARED_ON_ROUNDED,
    /** Every country gets its own rank, ordered by the unrounded value, then by a tiebreak. */
    UNIQUE_BY_FULL_PRECISION
}
