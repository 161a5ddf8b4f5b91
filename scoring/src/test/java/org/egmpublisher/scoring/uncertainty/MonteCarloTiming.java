package org.egmpublisher.scoring.uncertainty;

import org.egmpublisher.model.publication.UncertaintySpec;
import org.egmpublisher.scoring.Fixtures;
import org.egmpublisher.scoring.Scoring;

/**
 * Not a test: a rough timing of the Monte Carlo on the 2024 edition (193 countries), for when the
 * JMH benchmark (benchmarks module) cannot run. Usage: {@code java -cp … MonteCarloTiming [draws]}.
 * Prints the best of ten runs after five warm-up runs.
 */
public final class MonteCarloTiming {

    private MonteCarloTiming() {
    }

    public static void main(String[] args) {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        UncertaintyInput input = Scoring.uncertaintyInput(Fixtures.scores().require(2024));
        UncertaintySpec spec = new UncertaintySpec(draws, 2021L, 0.25);
        for (int i = 0; i < 5; i++) {
            MonteCarlo.run(input, spec);
        }
        long best = Long.MAX_VALUE;
        RankUncertainty last = null;
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            last = MonteCarlo.run(input, spec);
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("%d draws x %d countries: best %.1f ms; most influential: %s; %.1f%% of intervals contain"
                + " the official rank%n", draws, input.countries(), best / 1e6, last.mostInfluential(),
                100 * last.shareContainingOfficialRank());
        last.sensitivity().forEach(s -> System.out.printf("  %-18s mean |shift| %.2f, max %d, class changes %.3f%n",
                s.choice(), s.meanAbsoluteRankShift(), s.maxRankShift(), s.classChangeShare()));
    }
}
