package org.egmpublisher.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.model.publication.UncertaintySpec;
import org.egmpublisher.scoring.group.RatingClass;
import org.egmpublisher.scoring.uncertainty.UncertaintyOutcome;
import org.junit.jupiter.api.Test;

class EditionScoresTest {

    private static final EditionScores E2024 = Fixtures.scores().require(2024);

    @Test
    void countriesAreInRankOrder() {
        List<CountryScore> c = E2024.countries();
        for (int i = 1; i < c.size(); i++) {
            assertTrue(c.get(i - 1).rank() <= c.get(i).rank());
        }
        assertEquals("DNK", c.get(0).iso3());
    }

    @Test
    void countsEveryRatingClassAndEveryGroup() {
        Map<RatingClass, Integer> classes = E2024.ratingClassCounts();
        assertEquals(16, classes.size());
        assertEquals(193, classes.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(4, E2024.groupCounts().size());
    }

    @Test
    void hasNoUncertaintyUntilOneIsAddedAndSaysWhy() {
        assertTrue(E2024.uncertainty().isEmpty());
        assertEquals(new UncertaintyOutcome.NotRun("no uncertainty analysis was requested"), E2024.uncertaintyOutcome());
        EditionScores with = E2024.withUncertainty(Scoring.uncertainty(E2024, new UncertaintySpec(200, 1L, 0.2)));
        assertTrue(with.interval("TGO").isPresent());
        assertEquals(with.require("TGO").rank(), with.interval("TGO").orElseThrow().officialRank());
    }

    @Test
    void acceptsOnlyScenariosOfItsOwnEdition() {
        ScenarioSpec spec = new ScenarioSpec("s", "S", "", 2022, Map.of(IndexName.OSI, 1.0),
                ScenarioSpec.Aggregation.ARITHMETIC, List.of(), 1);
        var result = Scoring.scenario(Fixtures.scores().require(2022), spec);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> E2024.withScenario(result));
        assertEquals("scenario s is for edition 2022, not 2024", e.getMessage());
        assertTrue(Fixtures.scores().require(2022).withScenario(result).scenario("s").isPresent());
    }

    @Test
    void requireNamesTheMissingCountry() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> E2024.require("XXX"));
        assertEquals("no country 'XXX' in the 2024 scores (193 countries)", e.getMessage());
    }
}
