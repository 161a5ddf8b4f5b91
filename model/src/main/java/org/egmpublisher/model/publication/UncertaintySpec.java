package org.egmpublisher.model.publication;

/**
 * The Monte Carlo analysis of rank uncertainty: how many draws, the seed that makes it
 * reproducible, and how far component weights may move (± share of their value).
 */
public record UncertaintySpec(int draws, long seed, double weightSpread) {
    public UncertaintySpec {
        if (draws < 0 || draws > 1_000_000) {
            throw new IllegalArgumentException("draws must lie in 0–1,000,000, got " + draws);
        }
        if (!(weightSpread >= 0 && weightSpread < 1)) {
            throw new IllegalArgumentException("weight_spread must lie in [0, 1), got " + weightSpread);
        }
    }

    public static UncertaintySpec defaults() {
        return new UncertaintySpec(1000, 2021L, 0.25);
    }
}
