package org.egmpublisher.scoring.normalise;

import java.util.Arrays;

/** Statistics over the present (non-NaN) values of a column; shared by treatments and normalisations. */
final class Stats {

    private Stats() {
    }

    static int present(double[] values) {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static double deviation(double[] values, Deviation kind) {
        double mean = mean(values);
        double squares = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
                n++;
            }
        }
        int divisor = kind == Deviation.POPULATION ? n : n - 1;
        return divisor <= 0 ? Double.NaN : Math.sqrt(squares / divisor);
    }

    static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (v < min) {
                min = v;
            }
        }
        return min;
    }

    static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v > max) {
                max = v;
            }
        }
        return max;
    }

    /** The present values, sorted ascending. */
    static double[] sortedPresent(double[] values) {
        double[] out = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(out);
        return out;
    }

    /** Linear interpolation at position (n − 1)·p, as Excel's PERCENTILE.INC. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** A number as a person writes it: {@code 120}, {@code 0.05}, without a trailing {@code .0}. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
