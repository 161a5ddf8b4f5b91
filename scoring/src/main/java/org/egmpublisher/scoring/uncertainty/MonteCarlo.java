package org.egmpublisher.scoring.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.egmpublisher.model.publication.UncertaintySpec;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClassStrategy;

/**
 * The Monte Carlo analysis of rank uncertainty (DESIGN.md §Modules). Each draw picks, from one
 * {@link SplittableRandom} seeded by {@link UncertaintySpec#seed()}: a weight for every component
 * (official × (1 ± spread)), an aggregation, a normalisation (z-scores only under the arithmetic
 * mean, which the geometric cannot take) and a rating-class rule; then ranks the countries.
 *
 * <p>Built for 10,000 draws × 193 countries well under a second on one core: the normalised
 * components (and their logarithms, for the geometric mean) are computed once per normalisation;
 * a draw is a weighted sum per country and a merge sort of an index array that starts from the
 * previous draw's order for the same normalisation and aggregation, so most merges are skipped;
 * ranks go into a count per country and rank, from which percentiles are read without sorting.
 * Single-threaded, hence deterministic: the same seed gives the same intervals.
 *
 * <p>Exact ties (e.g. several countries with a component at 0 under the geometric mean) are
 * ordered by official rank, then by position, so every draw gives a permutation of 1…n.
 */
public final class MonteCarlo {

    private static final ComponentNormalisation[] NORMALISATIONS = ComponentNormalisation.values();
    private static final ComponentNormalisation[] NON_NEGATIVE = java.util.Arrays.stream(NORMALISATIONS)
            .filter(ComponentNormalisation::nonNegative).toArray(ComponentNormalisation[]::new);

    private MonteCarlo() {
    }

    public static RankUncertainty run(UncertaintyInput input, UncertaintySpec spec) {
        if (spec.draws() < 1) {
            throw new IllegalArgumentException("the uncertainty analysis needs at least 1 draw, got " + spec.draws());
        }
        Evaluator eval = new Evaluator(input);
        int n = input.countries();
        int m = input.components().size();
        int[] counts = new int[n * n];
        long[] rankSums = new long[n];
        SplittableRandom random = new SplittableRandom(spec.seed());
        SplittableRandom sensitivityRandom = random.split();
        double[] w = new double[m];
        for (int d = 0; d < spec.draws(); d++) {
            for (int k = 0; k < m; k++) {
                w[k] = input.weights()[k] * (1 + spec.weightSpread() * (2 * random.nextDouble() - 1));
            }
            boolean geometric = random.nextBoolean();
            ComponentNormalisation[] allowed = geometric ? NON_NEGATIVE : NORMALISATIONS;
            ComponentNormalisation normalisation = allowed[random.nextInt(allowed.length)];
            random.nextInt(RatingClassStrategy.values().length); // the rule: classes only, ranks unchanged
            int[] order = eval.order(normalisation, geometric, w);
            for (int r = 0; r < n; r++) {
                int i = order[r];
                counts[i * n + r]++;
                rankSums[i] += r + 1;
            }
        }
        List<RankInterval> intervals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            intervals.add(new RankInterval(input.iso3().get(i), input.officialRanks()[i],
                    percentile(counts, i, n, spec.draws(), 0.05), percentile(counts, i, n, spec.draws(), 0.50),
                    percentile(counts, i, n, spec.draws(), 0.95), rankSums[i] / (double) spec.draws()));
        }
        intervals.sort(Comparator.comparingInt(RankInterval::officialRank).thenComparing(RankInterval::iso3));
        List<Sensitivity> sensitivity = sensitivity(input, spec, eval, sensitivityRandom);
        return new RankUncertainty(input.year(), spec, intervals, sensitivity);
    }

    /** Nearest rank: the smallest rank r with at least ⌈p·draws⌉ draws at r or better. */
    private static int percentile(int[] counts, int country, int n, int draws, double p) {
        long needed = Math.max(1, (long) Math.ceil(p * draws - 1e-9));
        long cumulative = 0;
        for (int r = 0; r < n; r++) {
            cumulative += counts[country * n + r];
            if (cumulative >= needed) {
                return r + 1;
            }
        }
        return n;
    }

    private static List<Sensitivity> sensitivity(UncertaintyInput input, UncertaintySpec spec, Evaluator eval,
                                                 SplittableRandom random) {
        int n = input.countries();
        int m = input.components().size();
        int[] baseline = eval.ranks(eval.order(ComponentNormalisation.AS_PUBLISHED, false, input.weights()));
        List<Sensitivity> out = new ArrayList<>();

        Shift weights = new Shift(baseline);
        double[] w = new double[m];
        for (int d = 0; d < spec.draws(); d++) {
            for (int k = 0; k < m; k++) {
                w[k] = input.weights()[k] * (1 + spec.weightSpread() * (2 * random.nextDouble() - 1));
            }
            weights.add(eval.ranks(eval.order(ComponentNormalisation.AS_PUBLISHED, false, w)));
        }
        out.add(weights.result(Choice.WEIGHTS, 0));

        Shift normalisation = new Shift(baseline);
        for (ComponentNormalisation c : NORMALISATIONS) {
            normalisation.add(eval.ranks(eval.order(c, false, input.weights())));
        }
        out.add(normalisation.result(Choice.NORMALISATION, 0));

        Shift aggregation = new Shift(baseline);
        for (boolean geometric : new boolean[] {false, true}) {
            aggregation.add(eval.ranks(eval.order(ComponentNormalisation.AS_PUBLISHED, geometric, input.weights())));
        }
        out.add(aggregation.result(Choice.AGGREGATION, 0));

        double changed = 0;
        int[] official = classes(input, input.officialRule());
        for (RatingClassStrategy rule : RatingClassStrategy.values()) {
            int[] other = classes(input, rule);
            for (int i = 0; i < n; i++) {
                if (other[i] != official[i]) {
                    changed++;
                }
            }
        }
        Shift rule = new Shift(baseline);
        rule.add(baseline);
        out.add(rule.result(Choice.RATING_CLASS_RULE, changed / (n * (double) RatingClassStrategy.values().length),
                RatingClassStrategy.values().length));
        out.sort(Comparator.comparingDouble(Sensitivity::meanAbsoluteRankShift).reversed()
                .thenComparing(Sensitivity::choice));
        return out;
    }

    /** The rating-class quartile of each country within its official group under {@code rule}. */
    private static int[] classes(UncertaintyInput input, RatingClassStrategy rule) {
        int n = input.countries();
        int[] out = new int[n];
        for (Group g : Group.values()) {
            int[] members = java.util.stream.IntStream.range(0, n).filter(i -> input.groups().get(i) == g).toArray();
            double[] values = new double[members.length];
            for (int j = 0; j < members.length; j++) {
                values[j] = input.egdi()[members[j]];
            }
            int[] q = rule.quartiles(values);
            for (int j = 0; j < members.length; j++) {
                out[members[j]] = q[j];
            }
        }
        return out;
    }

    /** Accumulates |rank − baseline| over evaluations. */
    private static final class Shift {
        final int[] baseline;
        long total;
        int max;
        int evaluations;

        Shift(int[] baseline) {
            this.baseline = baseline;
        }

        void add(int[] ranks) {
            for (int i = 0; i < ranks.length; i++) {
                int s = Math.abs(ranks[i] - baseline[i]);
                total += s;
                max = Math.max(max, s);
            }
            evaluations++;
        }

        Sensitivity result(Choice choice, double classChangeShare) {
            return result(choice, classChangeShare, evaluations);
        }

        Sensitivity result(Choice choice, double classChangeShare, int count) {
            return new Sensitivity(choice, total / ((double) evaluations * baseline.length), max, classChangeShare, count);
        }
    }

    /** Precomputed normalised components and the reusable buffers of the draws. */
    private static final class Evaluator {
        final int n;
        final int m;
        /** {@code values[normalisation][component][country]}; logs for the geometric mean. */
        final double[][][] values;
        final double[][][] logs;
        final int[] tiebreak;
        final double[] scores;
        /** Scratch space of the merges. */
        final int[] buffer;
        static final int RUN = 16;
        /** The last order per normalisation × aggregation, the start of the next sort. */
        final int[][] orders;

        Evaluator(UncertaintyInput input) {
            n = input.countries();
            m = input.components().size();
            values = new double[NORMALISATIONS.length][m][];
            logs = new double[NORMALISATIONS.length][m][n];
            for (ComponentNormalisation c : NORMALISATIONS) {
                for (int k = 0; k < m; k++) {
                    double[] v = c.normalisation().apply(input.values()[k]);
                    values[c.ordinal()][k] = v;
                    for (int i = 0; i < n; i++) {
                        logs[c.ordinal()][k][i] = c.nonNegative() ? Math.log(v[i]) : Double.NaN;
                    }
                }
            }
            Integer[] byOfficial = new Integer[n];
            for (int i = 0; i < n; i++) {
                byOfficial[i] = i;
            }
            int[] official = input.officialRanks();
            java.util.Arrays.sort(byOfficial, Comparator.<Integer>comparingInt(i -> official[i]).thenComparingInt(i -> i));
            tiebreak = new int[n];
            for (int p = 0; p < n; p++) {
                tiebreak[byOfficial[p]] = p;
            }
            scores = new double[n];
            buffer = new int[n];
            orders = new int[NORMALISATIONS.length * 2][];
            for (int o = 0; o < orders.length; o++) {
                orders[o] = new int[n];
                for (int p = 0; p < n; p++) {
                    orders[o][p] = byOfficial[p];
                }
            }
        }

        /**
         * The countries in descending order of the weighted mean (its logarithm, for the geometric
         * mean: the same order). The returned array is a buffer reused by the next call.
         */
        int[] order(ComponentNormalisation normalisation, boolean geometric, double[] weights) {
            double[][] source = geometric ? logs[normalisation.ordinal()] : values[normalisation.ordinal()];
            java.util.Arrays.fill(scores, 0);
            for (int k = 0; k < m; k++) {
                double wk = weights[k];
                if (wk == 0) {
                    continue;
                }
                double[] column = source[k];
                for (int i = 0; i < n; i++) {
                    scores[i] += wk * column[i];
                }
            }
            int[] order = orders[normalisation.ordinal() * 2 + (geometric ? 1 : 0)];
            sort(order);
            return order;
        }

        /**
         * Sorts by {@link #before}: insertion sort of runs of 16, then bottom-up merges, skipping
         * a merge whose halves are already in order. O(n log n) at worst and close to linear on the
         * previous draw's order; the order is total, so the result does not depend on the start.
         */
        private void sort(int[] a) {
            for (int lo = 0; lo < n; lo += RUN) {
                int hi = Math.min(lo + RUN, n);
                for (int p = lo + 1; p < hi; p++) {
                    int item = a[p];
                    int q = p - 1;
                    while (q >= lo && before(item, a[q])) {
                        a[q + 1] = a[q];
                        q--;
                    }
                    a[q + 1] = item;
                }
            }
            for (int width = RUN; width < n; width *= 2) {
                for (int lo = 0; lo + width < n; lo += 2 * width) {
                    int mid = lo + width;
                    int hi = Math.min(lo + 2 * width, n);
                    if (before(a[mid], a[mid - 1])) {
                        merge(a, lo, mid, hi);
                    }
                }
            }
        }

        private void merge(int[] a, int lo, int mid, int hi) {
            System.arraycopy(a, lo, buffer, lo, hi - lo);
            int i = lo;
            int j = mid;
            for (int k = lo; k < hi; k++) {
                if (i < mid && (j >= hi || !before(buffer[j], buffer[i]))) {
                    a[k] = buffer[i++];
                } else {
                    a[k] = buffer[j++];
                }
            }
        }

        private boolean before(int a, int b) {
            double sa = scores[a];
            double sb = scores[b];
            return sa > sb || (sa == sb && tiebreak[a] < tiebreak[b]);
        }

        /** Ranks (1 = first) from an order. */
        int[] ranks(int[] order) {
            int[] ranks = new int[n];
            for (int p = 0; p < n; p++) {
                ranks[order[p]] = p + 1;
            }
            return ranks;
        }
    }
}
