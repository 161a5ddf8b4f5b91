package org.egmpublisher.scoring.mean;

import java.util.Locale;
import org.egmpublisher.model.publication.ScenarioSpec;

/**
 * How a composite combines its weighted children. Weights need not sum to 1: each is divided by
 * their sum, so {1, 1, 1} and {1/3, 1/3, 1/3} give the same mean.
 *
 * <p>The Survey uses the arithmetic mean throughout (METHODOLOGY.md §5, §8.2, §9.2); the
 * geometric mean is here for scenarios and the uncertainty analysis. It is defined for values
 * ≥ 0 only (a 0 gives 0), so z-scores must be rescaled before it.
 */
public enum Aggregation {
    /** Σ wᵢ·xᵢ / Σ wᵢ. */
    ARITHMETIC,
    /** exp(Σ wᵢ·ln xᵢ / Σ wᵢ); needs every xᵢ ≥ 0. */
    GEOMETRIC;

    /** The weighted mean of {@code values}; a zero weight leaves its value out. */
    public double combine(double[] values, double[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("need as many weights as values, at least one; got " + values.length
                    + " value(s) and " + weights.length + " weight(s)");
        }
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0 && Double.isFinite(w))) {
                throw new IllegalArgumentException("weights must be finite and ≥ 0, got " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive, got all zero");
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            double x = values[i];
            if (Double.isNaN(x)) {
                throw new IllegalArgumentException("value " + i + " is missing (NaN); handle missing values first");
            }
            if (this == GEOMETRIC) {
                if (x < 0) {
                    throw new IllegalArgumentException("the geometric mean needs values ≥ 0, got " + x
                            + "; normalise with min-max, rank, distance-to-frontier or share-of-maximum first");
                }
                sum += weights[i] * Math.log(x);
            } else {
                sum += weights[i] * x;
            }
        }
        return this == GEOMETRIC ? Math.exp(sum / total) : sum / total;
    }

    /** The spelling used in preset files and {@code publication.yaml}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Aggregation fromCode(String code) {
        for (Aggregation a : values()) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown aggregation '" + code + "'; known: arithmetic, geometric");
    }

    /** The engine's counterpart of a scenario's aggregation. */
    public static Aggregation of(ScenarioSpec.Aggregation aggregation) {
        return switch (aggregation) {
            case ARITHMETIC -> ARITHMETIC;
            case GEOMETRIC -> GEOMETRIC;
        };
    }
}
