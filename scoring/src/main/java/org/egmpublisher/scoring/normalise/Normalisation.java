package org.egmpublisher.scoring.normalise;

import java.util.Arrays;

/**
 * How one column of values (an indicator, or a composite before publication) is put on a common
 * scale across countries (METHODOLOGY.md §4). Every variant reads "higher is better" afterwards:
 * a {@link Direction#LOWER_IS_BETTER} input is turned round by the normalisation itself.
 *
 * <p>Sealed so that the preset reader, the annex and the uncertainty analysis cover every method;
 * statistics are taken over the present values only, and a degenerate column (every value equal)
 * is an error rather than a silent column of zeros.
 */
public sealed interface Normalisation permits Normalisation.None, Normalisation.ZScore, Normalisation.MinMax,
        Normalisation.Rank, Normalisation.DistanceToFrontier, Normalisation.ShareOfMaximum {

    /** The normalised copy of {@code values}; {@code NaN} (missing) stays {@code NaN}. */
    double[] apply(double[] values, Direction direction);

    default double[] apply(double[] values) {
        return apply(values, Direction.HIGHER_IS_BETTER);
    }

    /** The spelling used in preset files, e.g. {@code z-score}. */
    String code();

    /** How the annex describes it, e.g. {@code z-score (population standard deviation)}. */
    String label();

    /** The value as it is, used for inputs that are already on the right scale (e.g. EGDI's components). */
    record None() implements Normalisation {
        @Override
        public double[] apply(double[] values, Direction direction) {
            if (direction == Direction.LOWER_IS_BETTER) {
                throw new IllegalArgumentException("normalisation 'none' cannot turn a lower-is-better indicator round;"
                        + " use z-score, min-max, rank, distance-to-frontier or share-of-maximum");
            }
            return values.clone();
        }

        @Override
        public String code() {
            return "none";
        }

        @Override
        public String label() {
            return "none (used as published)";
        }
    }

    /** (x − mean) / SD, with the population or sample SD. */
    record ZScore(Deviation deviation) implements Normalisation {
        public ZScore {
            java.util.Objects.requireNonNull(deviation, "deviation");
        }

        @Override
        public double[] apply(double[] values, Direction direction) {
            double mean = Stats.mean(values);
            double sd = Stats.deviation(values, deviation);
            if (!(sd > 0)) {
                throw new IllegalArgumentException("z-score needs at least two distinct values, got "
                        + Stats.present(values) + " present value(s) with standard deviation " + sd);
            }
            double sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = sign * (values[i] - mean) / sd;
            }
            return out;
        }

        @Override
        public String code() {
            return deviation == Deviation.POPULATION ? "z-score" : "z-score-sample";
        }

        @Override
        public String label() {
            return "z-score (" + (deviation == Deviation.POPULATION ? "population" : "sample") + " standard deviation)";
        }
    }

    /** (x − min) / (max − min): the lowest country gets 0 and the highest 1. */
    record MinMax() implements Normalisation {
        @Override
        public double[] apply(double[] values, Direction direction) {
            double min = Stats.min(values);
            double max = Stats.max(values);
            if (!(max > min)) {
                throw new IllegalArgumentException("min-max needs at least two distinct values, got "
                        + Stats.present(values) + " present value(s) between " + min + " and " + max);
            }
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = direction == Direction.HIGHER_IS_BETTER ? (values[i] - min) / (max - min)
                        : (max - values[i]) / (max - min);
            }
            return out;
        }

        @Override
        public String code() {
            return "min-max";
        }

        @Override
        public String label() {
            return "min-max, (x − min) / (max − min)";
        }
    }

    /** The ascending rank 1…n among present values (1 = worst); ties get the mean of their ranks. */
    record Rank() implements Normalisation {
        @Override
        public double[] apply(double[] values, Direction direction) {
            double sign = direction == Direction.LOWER_IS_BETTER ? -1 : 1;
            int n = values.length;
            Integer[] order = new Integer[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(values[i])) {
                    order[m++] = i;
                }
            }
            Integer[] present = Arrays.copyOf(order, m);
            Arrays.sort(present, (a, b) -> Double.compare(sign * values[a], sign * values[b]));
            double[] out = new double[n];
            Arrays.fill(out, Double.NaN);
            for (int start = 0; start < m; ) {
                int end = start;
                while (end + 1 < m && values[present[end + 1]] == values[present[start]]) {
                    end++;
                }
                double rank = (start + end) / 2.0 + 1;
                for (int k = start; k <= end; k++) {
                    out[present[k]] = rank;
                }
                start = end + 1;
            }
            return out;
        }

        @Override
        public String code() {
            return "rank";
        }

        @Override
        public String label() {
            return "rank (1 = lowest, ties share the mean rank)";
        }
    }

    /**
     * x / max: the frontier country gets 1, the others the share of its value they reach
     * (min / x for a lower-is-better indicator). Needs values ≥ 0 (> 0 when lower is better).
     */
    record DistanceToFrontier() implements Normalisation {
        @Override
        public double[] apply(double[] values, Direction direction) {
            double min = Stats.min(values);
            double max = Stats.max(values);
            boolean higher = direction == Direction.HIGHER_IS_BETTER;
            if (higher ? !(min >= 0 && max > 0) : !(min > 0)) {
                throw new IllegalArgumentException("distance-to-frontier needs values " + (higher ? "≥ 0 with a positive maximum"
                        : "> 0") + ", got values between " + min + " and " + max);
            }
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = higher ? values[i] / max : min / values[i];
            }
            return out;
        }

        @Override
        public String code() {
            return "distance-to-frontier";
        }

        @Override
        public String label() {
            return "distance to frontier, x / max";
        }
    }

    /**
     * x / {@code maximum}, a fixed scale rather than one taken from the data: points scored out of
     * the points available, e.g. the share of LOSI indicators a city meets (METHODOLOGY.md §12).
     */
    record ShareOfMaximum(double maximum) implements Normalisation {
        public ShareOfMaximum {
            if (!(maximum > 0 && Double.isFinite(maximum))) {
                throw new IllegalArgumentException("share-of-maximum needs a positive maximum, got " + maximum);
            }
        }

        @Override
        public double[] apply(double[] values, Direction direction) {
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                double v = values[i];
                if (v < 0 || v > maximum) {
                    throw new IllegalArgumentException("value " + v + " lies outside 0–" + Stats.plain(maximum)
                            + ", the points available");
                }
                out[i] = direction == Direction.HIGHER_IS_BETTER ? v / maximum : 1 - v / maximum;
            }
            return out;
        }

        @Override
        public String code() {
            return "share-of-maximum";
        }

        @Override
        public String label() {
            return "share of the maximum, x / " + Stats.plain(maximum);
        }
    }

    /** The normalisation a preset file names; {@code share-of-maximum} needs its maximum. */
    static Normalisation fromCode(String code) {
        return switch (code) {
            case "none" -> new None();
            case "z-score" -> new ZScore(Deviation.POPULATION);
            case "z-score-sample" -> new ZScore(Deviation.SAMPLE);
            case "min-max" -> new MinMax();
            case "rank" -> new Rank();
            case "distance-to-frontier" -> new DistanceToFrontier();
            default -> throw new IllegalArgumentException("unknown normalisation '" + code + "'; known: none, z-score,"
                    + " z-score-sample, min-max, rank, distance-to-frontier, {share-of-maximum: N}");
        };
    }
}
