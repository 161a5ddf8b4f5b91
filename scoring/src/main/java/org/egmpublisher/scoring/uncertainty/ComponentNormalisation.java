package org.egmpublisher.scoring.uncertainty;

import org.egmpublisher.scoring.normalise.Deviation;
import org.egmpublisher.scoring.normalise.Normalisation;

/**
 * How the Monte Carlo re-expresses the published components before combining them. The published
 * OSI, TII and HCI are already min-max normalised; z-scores, ranks and distances to frontier weigh
 * the countries' spreads differently and so move ranks under the same weights.
 */
public enum ComponentNormalisation {
    /** The published min-max values, as the Survey combines them. */
    AS_PUBLISHED(new Normalisation.None()),
    Z_SCORE(new Normalisation.ZScore(Deviation.POPULATION)),
    RANK(new Normalisation.Rank()),
    DISTANCE_TO_FRONTIER(new Normalisation.DistanceToFrontier());

    private final Normalisation normalisation;

    ComponentNormalisation(Normalisation normalisation) {
        this.normalisation = normalisation;
    }

    /** The building block that does the work. */
    public Normalisation normalisation() {
        return normalisation;
    }

    /** Whether every value it gives is ≥ 0, which the geometric mean needs. */
    public boolean nonNegative() {
        return this != Z_SCORE;
    }
}
