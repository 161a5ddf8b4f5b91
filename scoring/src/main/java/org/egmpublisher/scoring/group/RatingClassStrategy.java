package org.egmpublisher.scoring.group;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the quartile boundaries inside a group are found and compared (METHODOLOGY.md §6.2, Q1).
 * The published rule is not confirmed, so both candidates that survive the smoke tests of §16.1
 * are named here. They agree on those tests (2022 VH = 15 countries, 2020 VH = 14, Togo 2024 = M2)
 * and differ only for the few countries whose EGDI equals a boundary value, 4 to 7 per edition.
 * PERCENTILE.INC with ≥ is not offered: it puts 15 countries in the 2020 VH class, where the
 * Survey's press list has 14.
 */
public enum RatingClassStrategy {
    /** Excel PERCENTILE.INC quartiles; a value moves up a class only if strictly above the boundary. */
    PERCENTILE_INC_STRICT_GT,
    /** Excel PERCENTILE.EXC quartiles; a value moves up if at or above the boundary. */
    PERCENTILE_EXC_GE;

    /** The quartile (1–4, 4 = top quarter) of {@code value} among {@code groupValues}. */
    public int quartile(double value, double[] groupValues) {
        double[] sorted = groupValues.clone();
        Arrays.sort(sorted);
        return classify(value, boundaries(sorted));
    }

    /** The quartile of each of {@code groupValues} among them all, in the same order. */
    public int[] quartiles(double[] groupValues) {
        double[] sorted = groupValues.clone();
        Arrays.sort(sorted);
        double[] boundaries = boundaries(sorted);
        int[] out = new int[groupValues.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = classify(groupValues[i], boundaries);
        }
        return out;
    }

    /** The three boundaries Q1, Q2, Q3 of sorted group values. */
    public double[] boundaries(double[] sorted) {
        double[] out = new double[3];
        double[] ps = {0.25, 0.5, 0.75};
        for (int k = 0; k < 3; k++) {
            out[k] = this == PERCENTILE_INC_STRICT_GT ? inc(sorted, ps[k]) : exc(sorted, ps[k]);
        }
        return out;
    }

    private int classify(double value, double[] boundaries) {
        int q = 1;
        for (double boundary : boundaries) {
            if (this == PERCENTILE_INC_STRICT_GT ? value > boundary : value >= boundary) {
                q++;
            }
        }
        return q;
    }

    /** The spelling used in preset files, e.g. {@code percentile-inc-strict-gt}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the annex describes the rule. */
    public String label() {
        return switch (this) {
            case PERCENTILE_INC_STRICT_GT -> "quartiles as PERCENTILE.INC; a country moves up a class when its EGDI is"
                    + " strictly above the boundary";
            case PERCENTILE_EXC_GE -> "quartiles as PERCENTILE.EXC; a country moves up a class when its EGDI is at or"
                    + " above the boundary";
        };
    }

    public static RatingClassStrategy fromCode(String code) {
        for (RatingClassStrategy s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown rating-class strategy '" + code
                + "'; known: percentile-inc-strict-gt, percentile-exc-ge");
    }

    static double inc(double[] sorted, double p) {
        return interpolate(sorted, (sorted.length - 1) * p);
    }

    static double exc(double[] sorted, double p) {
        return interpolate(sorted, (sorted.length + 1) * p - 1);
    }

    private static double interpolate(double[] sorted, double h) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (h <= 0) {
            return sorted[0];
        }
        if (h >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        int lo = (int) Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}
