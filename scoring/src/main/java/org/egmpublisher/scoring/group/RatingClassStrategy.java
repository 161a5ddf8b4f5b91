package org.egmpublisher.scoring.group;

import java.util.Arrays;

/**
 * How the quartile boundaries inside a group are found and compared (METHODOLOGY.md §6.2, Q1).
 * The published rule is not confirmed, so both surviving candidates are named here.
 */
public enum RatingClassStrategy {
    /** Excel PERCENTILE.INC quartiles; a value moves up a class only if strictly above the boundary. */
    PERCENTILE_INC_STRICT_GT,
    /** Excel PERCENTILE.EXC quartiles; a value moves up if at or above the boundary. */
    PERCENTILE_EXC_GE;

    /** The quartile (1–4) of each value among {@code groupValues}. */
    public int quartile(double value, double[] groupValues) {
        double[] sorted = groupValues.clone();
        Arrays.sort(sorted);
        int q = 1;
        for (double p : new double[] {0.25, 0.5, 0.75}) {
            double boundary = this == PERCENTILE_INC_STRICT_GT ? inc(sorted, p) : exc(sorted, p);
            boolean up = this == PERCENTILE_INC_STRICT_GT ? value > boundary : value >= boundary;
            if (up) {
                q++;
            }
        }
        return q;
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
