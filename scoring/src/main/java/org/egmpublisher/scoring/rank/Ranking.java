package org.egmpublisher.scoring.rank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;

/** Ranks values in descending order under a {@link TieRule}. */
public final class Ranking {

    private Ranking() {
    }

    /**
     * Ranks of {@code values} (1 = highest). {@code tiebreak} orders exact ties under
     * {@link TieRule#UNIQUE_BY_FULL_PRECISION} (lower first), e.g. the published rank.
     */
    public static int[] rank(double[] values, TieRule rule, int decimals, int[] tiebreak) {
        int n = values.length;
        int[] ranks = new int[n];
        switch (rule) {
            case SHARED_ON_ROUNDED -> {
                double[] rounded = Arrays.stream(values).map(v -> round(v, decimals)).toArray();
                for (int i = 0; i < n; i++) {
                    int greater = 0;
                    for (int j = 0; j < n; j++) {
                        if (rounded[j] > rounded[i]) {
                            greater++;
                        }
                    }
                    ranks[i] = greater + 1;
                }
            }
            case UNIQUE_BY_FULL_PRECISION -> {
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -values[i])
                        .thenComparingInt(i -> tiebreak[i]));
                for (int r = 0; r < n; r++) {
                    ranks[order[r]] = r + 1;
                }
            }
        }
        return ranks;
    }

    /** Half-up rounding through the decimal representation (METHODOLOGY.md §4.3). */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
