package org.egmpublisher.scoring.uncertainty;

import java.util.Objects;

/**
 * How much one choice moves the ranks when only it varies and every other choice stays as the
 * Survey made it.
 *
 * @param meanAbsoluteRankShift the mean over countries and evaluations of |rank − official-choice rank|
 * @param maxRankShift the largest shift of any country in any evaluation
 * @param classChangeShare the share of countries whose rating class changes, averaged over the
 *                         alternatives; only the rating-class rule changes classes here, since the
 *                         analysis keeps each country's official EGDI and group
 * @param evaluations how many variants were evaluated (the draws for weights; each alternative once
 *                    for the discrete choices, which gives their exact mean)
 */
public record Sensitivity(Choice choice, double meanAbsoluteRankShift, int maxRankShift, double classChangeShare,
                          int evaluations) {
    public Sensitivity {
        Objects.requireNonNull(choice, "choice");
        if (!(meanAbsoluteRankShift >= 0) || maxRankShift < 0 || !(classChangeShare >= 0 && classChangeShare <= 1)) {
            throw new IllegalArgumentException("sensitivity of " + choice + " needs non-negative shifts and a share in"
                    + " 0–1, got " + meanAbsoluteRankShift + ", " + maxRankShift + ", " + classChangeShare);
        }
    }
}
