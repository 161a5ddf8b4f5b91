package org.egmpublisher.bench.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.UncertaintySpec;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClassStrategy;
import org.egmpublisher.scoring.uncertainty.MonteCarlo;
import org.egmpublisher.scoring.uncertainty.RankUncertainty;
import org.egmpublisher.scoring.uncertainty.UncertaintyInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rank-uncertainty Monte Carlo of the scoring module: {@code draws} draws over 193 countries,
 * the size of the Survey, plus the sensitivity table (which evaluates as many weight draws again).
 * The goal is 10,000 draws in under a second on the project's 2-core machines.
 *
 * <p>The 193 countries are synthetic but shaped like published min-max components (one country at
 * 0 and one at 1 in each), generated from a fixed seed, so the benchmark reads no files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {

    private static final int COUNTRIES = 193;

    @Param({"1000", "10000"})
    public int draws;

    private UncertaintyInput input;
    private UncertaintySpec spec;

    @Setup
    public void setUp() {
        input = syntheticEdition(COUNTRIES, 193L);
        spec = new UncertaintySpec(draws, 2021L, 0.25);
    }

    @Benchmark
    public RankUncertainty monteCarlo() {
        return MonteCarlo.run(input, spec);
    }

    /** Components in [0, 1] with a country at each end, ranks and groups of their mean. */
    static UncertaintyInput syntheticEdition(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<IndexName> components = List.of(IndexName.OSI, IndexName.TII, IndexName.HCI);
        double[][] values = new double[components.size()][n];
        for (int k = 0; k < components.size(); k++) {
            for (int i = 0; i < n; i++) {
                values[k][i] = Math.min(1, Math.max(0, 0.55 + 0.25 * random.nextGaussian()));
            }
            values[k][random.nextInt(n)] = 0;
            values[k][random.nextInt(n)] = 1;
        }
        double[] egdi = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            egdi[i] = (values[0][i] + values[1][i] + values[2][i]) / 3;
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(egdi[b], egdi[a]));
        int[] ranks = new int[n];
        for (int r = 0; r < n; r++) {
            ranks[order[r]] = r + 1;
        }
        List<String> iso3 = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            iso3.add(String.format("C%03d", i));
            groups.add(Group.of(egdi[i]));
        }
        return new UncertaintyInput(2024, iso3, components, values, new double[] {1, 1, 1}, ranks, egdi, groups,
                RatingClassStrategy.PERCENTILE_INC_STRICT_GT);
    }
}
