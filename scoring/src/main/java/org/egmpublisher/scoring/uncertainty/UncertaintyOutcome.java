package org.egmpublisher.scoring.uncertainty;

import java.util.Objects;

/**
 * Whether an edition has a rank-uncertainty analysis: a {@link RankUncertainty}, or the reason it
 * has none (not the latest edition, no draws asked for, published values only). A value rather
 * than an absent field, so the CLI and site can say why a column is empty.
 */
public sealed interface UncertaintyOutcome permits UncertaintyOutcome.NotRun, RankUncertainty {

    /** No analysis, and why. */
    record NotRun(String reason) implements UncertaintyOutcome {
        public NotRun {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
