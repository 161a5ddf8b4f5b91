package org.egmpublisher.scoring.rank;

import java.util.Objects;

/**
 * An edition's rank rule: how ties are handled and which EGDI is ranked. Exact ties left under
 * {@link TieRule#UNIQUE_BY_FULL_PRECISION} are broken by the published rank when importing (the
 * only public trace of the Survey's own order) and by ISO3 code when computing from indicators.
 */
public record RankRule(TieRule tieRule, RankBasis basis) {
    public RankRule {
        Objects.requireNonNull(tieRule, "tieRule");
        Objects.requireNonNull(basis, "basis");
    }
}
