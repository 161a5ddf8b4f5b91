package org.egmpublisher.scoring.uncertainty;

/** The methodological choices the Monte Carlo varies, each with the alternatives it draws from. */
public enum Choice {
    WEIGHTS("Component weights", "each EGDI component weight moves by up to ± the weight spread, uniformly"),
    NORMALISATION("Normalisation of the components",
            "published min-max values, or re-normalised by z-score, rank or distance to frontier, with equal chance"),
    AGGREGATION("Aggregation", "arithmetic or geometric mean, with equal chance (z-scores only under the arithmetic)"),
    RATING_CLASS_RULE("Rating-class rule", "PERCENTILE.INC with > or PERCENTILE.EXC with ≥, with equal chance");

    private final String label;
    private final String alternatives;

    Choice(String label, String alternatives) {
        this.label = label;
        this.alternatives = alternatives;
    }

    public String label() {
        return label;
    }

    /** What the analysis draws for this choice, for the annex. */
    public String alternatives() {
        return alternatives;
    }
}
