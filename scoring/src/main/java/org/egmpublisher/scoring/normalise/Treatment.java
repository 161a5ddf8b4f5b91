package org.egmpublisher.scoring.normalise;

import java.util.Optional;

/**
 * What is done to an indicator's raw values before they are normalised: nothing, a fixed cap
 * (the TII's 120 subscriptions per 100 inhabitants from 2020, METHODOLOGY.md §8.1), or
 * winsorising at quantiles of the countries' own distribution.
 *
 * <p>Sealed so that the annex and the engine handle every treatment; a switch over it needs no
 * {@code default}.
 */
public sealed interface Treatment permits Treatment.None, Treatment.Cap, Treatment.Winsorise {

    /** The treated copy of {@code values}; missing values stay {@code NaN}. */
    double[] apply(double[] values);

    /** How the annex names the treatment, e.g. {@code capped at 120}. */
    String label();

    /** The fixed cap, if this treatment is one. */
    default Optional<Double> cap() {
        return this instanceof Cap c ? Optional.of(c.maximum()) : Optional.empty();
    }

    /** Raw values are used as they are. */
    record None() implements Treatment {
        @Override
        public double[] apply(double[] values) {
            return values.clone();
        }

        @Override
        public String label() {
            return "none";
        }
    }

    /** Values above {@code maximum} are set to it. */
    record Cap(double maximum) implements Treatment {
        public Cap {
            if (!Double.isFinite(maximum)) {
                throw new IllegalArgumentException("cap must be a finite number, got " + maximum);
            }
        }

        @Override
        public double[] apply(double[] values) {
            double[] out = values.clone();
            for (int i = 0; i < out.length; i++) {
                if (out[i] > maximum) {
                    out[i] = maximum;
                }
            }
            return out;
        }

        @Override
        public String label() {
            return "capped at " + Stats.plain(maximum);
        }
    }

    /**
     * Values below the {@code lower} quantile or above the {@code upper} quantile of the present
     * values are pulled in to those quantiles (linear interpolation, as PERCENTILE.INC).
     */
    record Winsorise(double lower, double upper) implements Treatment {
        public Winsorise {
            if (!(lower >= 0 && lower < upper && upper <= 1)) {
                throw new IllegalArgumentException("winsorising needs 0 ≤ lower < upper ≤ 1, got lower " + lower
                        + " and upper " + upper);
            }
        }

        @Override
        public double[] apply(double[] values) {
            double[] sorted = Stats.sortedPresent(values);
            double[] out = values.clone();
            if (sorted.length == 0) {
                return out;
            }
            double lo = Stats.quantile(sorted, lower);
            double hi = Stats.quantile(sorted, upper);
            for (int i = 0; i < out.length; i++) {
                if (out[i] < lo) {
                    out[i] = lo;
                } else if (out[i] > hi) {
                    out[i] = hi;
                }
            }
            return out;
        }

        @Override
        public String label() {
            return "winsorised at the " + Stats.plain(lower * 100) + "th and " + Stats.plain(upper * 100)
                    + "th percentiles";
        }
    }
}
