package org.egmpublisher.scoring;

/** Where an edition's values come from. */
public enum ScoreMode {
    /** The published results, checked against the preset (EditionScores#findings). */
    IMPORTED,
    /** Computed from raw indicator values with the preset's index tree. */
    COMPUTED
}
