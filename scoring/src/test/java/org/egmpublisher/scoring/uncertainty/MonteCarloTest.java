package org.egmpublisher.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.UncertaintySpec;
import org.egmpublisher.scoring.Fixtures;
import org.egmpublisher.scoring.Scoring;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClassStrategy;
import org.junit.jupiter.api.Test;

/** On the published 2024 components (193 countries); 1,000 draws keep the suite fast. */
class MonteCarloTest {

    private static final UncertaintyInput INPUT = Scoring.uncertaintyInput(Fixtures.scores().require(2024));
    private static final RankUncertainty RESULT = MonteCarlo.run(INPUT, new UncertaintySpec(1000, 2021L, 0.25));

    @Test
    void theSameSeedGivesTheSameIntervals() {
        assertEquals(RESULT, MonteCarlo.run(INPUT, new UncertaintySpec(1000, 2021L, 0.25)));
    }

    @Test
    void anotherSeedGivesOtherDraws() {
        RankUncertainty other = MonteCarlo.run(INPUT, new UncertaintySpec(1000, 2022L, 0.25));
        assertNotEquals(RESULT.intervals().stream().map(RankInterval::meanRank).toList(),
                other.intervals().stream().map(RankInterval::meanRank).toList());
    }

    @Test
    void givesEveryCountryAnIntervalThatMostlyContainsItsOfficialRank() {
        assertEquals(193, RESULT.intervals().size());
        assertTrue(RESULT.shareContainingOfficialRank() >= 0.9, () -> "share " + RESULT.shareContainingOfficialRank());
        RankInterval denmark = RESULT.require("DNK");
        assertEquals(1, denmark.officialRank());
        assertTrue(denmark.p05() == 1 && denmark.median() <= 2, denmark::toString);
        assertEquals("DNK", RESULT.intervals().get(0).iso3());
        assertTrue(RESULT.intervals().stream().anyMatch(i -> i.width() > 5));
    }

    @Test
    void theSensitivityTableHasOneRowPerChoiceLargestShiftFirst() {
        assertEquals(EnumSet.allOf(Choice.class), EnumSet.copyOf(RESULT.sensitivity().stream().map(Sensitivity::choice).toList()));
        for (int i = 1; i < RESULT.sensitivity().size(); i++) {
            assertTrue(RESULT.sensitivity().get(i - 1).meanAbsoluteRankShift()
                    >= RESULT.sensitivity().get(i).meanAbsoluteRankShift());
        }
        assertEquals(RESULT.sensitivity().get(0).choice(), RESULT.mostInfluential());
        Sensitivity rule = RESULT.sensitivity().stream().filter(s -> s.choice() == Choice.RATING_CLASS_RULE).findFirst()
                .orElseThrow();
        assertEquals(0.0, rule.meanAbsoluteRankShift());
        // 4 of 193 countries change class under the other rule; averaged over the two rules
        assertEquals(4 / (193 * 2.0), rule.classChangeShare(), 1e-12);
        Sensitivity aggregation = RESULT.sensitivity().stream().filter(s -> s.choice() == Choice.AGGREGATION).findFirst()
                .orElseThrow();
        assertTrue(aggregation.meanAbsoluteRankShift() > 0);
        assertEquals(2, aggregation.evaluations());
    }

    @Test
    void withOneComponentNoChoiceCanReorderTheCountries() {
        double[] osi = {0.9, 0.7, 0.5, 0.2, 0.0};
        UncertaintyInput one = new UncertaintyInput(2024, List.of("AAA", "BBB", "CCC", "DDD", "EEE"), List.of(IndexName.OSI),
                new double[][] {osi}, new double[] {1}, new int[] {1, 2, 3, 4, 5}, osi,
                List.of(Group.VERY_HIGH, Group.HIGH, Group.HIGH, Group.LOW, Group.LOW),
                RatingClassStrategy.PERCENTILE_INC_STRICT_GT);
        RankUncertainty r = MonteCarlo.run(one, new UncertaintySpec(300, 5L, 0.5));
        for (RankInterval i : r.intervals()) {
            assertEquals(1, i.width(), i::toString);
            assertEquals(i.officialRank(), i.median());
        }
    }

    @Test
    void refusesAnalysesWithoutDrawsOrWithMismatchedInput() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> MonteCarlo.run(INPUT, new UncertaintySpec(0, 1L, 0.25)));
        assertEquals("the uncertainty analysis needs at least 1 draw, got 0", none.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new UncertaintyInput(2024,
                List.of("AAA", "BBB"), List.of(IndexName.OSI), new double[][] {{0.1, 0.2}}, new double[] {1},
                new int[] {1}, new double[] {0.1, 0.2}, List.of(Group.LOW, Group.LOW),
                RatingClassStrategy.PERCENTILE_EXC_GE));
        assertEquals("uncertainty input of 2024: need 1 component rows and 1 weights, and 2 ranks, EGDI values and groups;"
                + " got 1, 1, 1, 2, 2", bad.getMessage());
    }
}
