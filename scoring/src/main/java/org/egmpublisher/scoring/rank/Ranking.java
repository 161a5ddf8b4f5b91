package org.egmpublisher.scoring.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;

/** Ranks values in descending order under a {@link TieRule}. */
public final class Ranking {

    /**
     * Decimals kept under {@link TieRule#UNIQUE_BY_FULL_PRECISION}. Sums of published decimals
     * carry binary noise (0.1 + 0.2 ≠ 0.3 in {@code double}): Moldova's and Andorra's 2020
     * components have equal decimal sums but unequal {@code double} means. Values equal to 12
     * decimals are ties, to be broken by the tiebreak rather than by noise.
     */
    public static final int NOISE_DECIMALS = 12;

    private Ranking() {
    }

    /**
     * Ranks of {@code values} (1 = highest). Under {@link TieRule#SHARED_ON_ROUNDED} a rank is
     * 1 + the number of values strictly greater once rounded to {@code decimals}. Under
     * {@link TieRule#UNIQUE_BY_FULL_PRECISION} values are ordered unrounded (up to
     * {@link #NOISE_DECIMALS}) and exact ties by
     * {@code tiebreak}, lower first (e.g. the published rank), then by position.
     */
    public static int[] rank(double[] values, TieRule rule, int decimals, int[] tiebreak) {
        int n = values.length;
        if (tiebreak.length != n) {
            throw new IllegalArgumentException("need one tiebreak per value, got " + tiebreak.length + " for " + n);
        }
        double[] keys = switch (rule) {
            case SHARED_ON_ROUNDED -> Arrays.stream(values).map(v -> round(v, decimals)).toArray();
            case UNIQUE_BY_FULL_PRECISION -> Arrays.stream(values)
                    .map(v -> Double.isFinite(v) ? round(v, NOISE_DECIMALS) : v).toArray();
        };
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -keys[i]).thenComparingInt(i -> tiebreak[i])
                .thenComparingInt(i -> i));
        int[] ranks = new int[n];
        for (int r = 0; r < n; r++) {
            int i = order[r];
            boolean shared = rule == TieRule.SHARED_ON_ROUNDED && r > 0 && keys[order[r - 1]] == keys[i];
            ranks[i] = shared ? ranks[order[r - 1]] : r + 1;
        }
        return ranks;
    }

    /** Half-up rounding through the decimal representation (METHODOLOGY.md §4.3, Q8). */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
