package org.egmpublisher.scoring.normalise;

/**
 * Which standard deviation a z-score divides by. The Survey uses the population SD
 * (METHODOLOGY.md §4.1); the sample SD is kept so that a test can show why the choice does not
 * matter once a composite is min-max normalised (§16.2).
 */
public enum Deviation {
    /** Divide the sum of squares by N. */
    POPULATION,
    /** Divide the sum of squares by N − 1. */
    SAMPLE
}
