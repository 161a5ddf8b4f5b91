package org.egmpublisher.scoring.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.Fixtures;
import org.egmpublisher.scoring.Scoring;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScenariosTest {

    @ParameterizedTest
    @ValueSource(ints = {2018, 2020, 2022, 2024})
    void equalWeightsWithTheArithmeticMeanReproduceTheOfficialRanks(int year) {
        ScenarioResult r = Scoring.scenario(Fixtures.scores().require(year),
                spec(year, Map.of(IndexName.OSI, 1.0, IndexName.TII, 1.0, IndexName.HCI, 1.0),
                        ScenarioSpec.Aggregation.ARITHMETIC));
        assertEquals(0, r.changedRanks(), () -> "moved: " + r.largestMovers(5));
        assertEquals(193, r.rows().size());
    }

    @Test
    void theGeometricMeanChangesSomeRanksIn2024() {
        ScenarioResult r = Scoring.scenario(Fixtures.scores().require(2024),
                spec(2024, Map.of(IndexName.OSI, 1.0, IndexName.TII, 1.0, IndexName.HCI, 1.0),
                        ScenarioSpec.Aggregation.GEOMETRIC));
        assertTrue(r.changedRanks() > 10, () -> "changed " + r.changedRanks());
        var dnk = Fixtures.scores().require(2024).require("DNK");
        assertEquals(Math.cbrt(dnk.osi() * dnk.tii() * dnk.hci()), r.require("DNK").scenarioValue(), 1e-15);
        // Eritrea's OSI is 0, so its geometric mean is 0 and it falls to the bottom group of zeros
        assertEquals(0.0, r.require("ERI").scenarioValue());
        assertTrue(r.require("ERI").shift() < 0);
    }

    @Test
    void participationAsAFourthComponentWeighsTheEpi() {
        EditionScores e = Fixtures.scores().require(2024);
        ScenarioResult r = Scoring.scenario(e, spec(2024, Map.of(IndexName.OSI, 0.25, IndexName.TII, 0.25,
                IndexName.HCI, 0.25, IndexName.EPI, 0.25), ScenarioSpec.Aggregation.ARITHMETIC));
        var ukr = e.require("UKR");
        assertEquals((ukr.osi() + ukr.tii() + ukr.hci() + ukr.epi()) / 4, r.require("UKR").scenarioValue(), 1e-15);
        assertEquals(Map.of(IndexName.OSI, 0.25, IndexName.TII, 0.25, IndexName.HCI, 0.25, IndexName.EPI, 0.25), r.weights());
        assertTrue(r.changedRanks() > 0);
    }

    @Test
    void aScenarioMayNotWeighTheEgdiItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scoring.scenario(
                Fixtures.scores().require(2024), spec(2024, Map.of(IndexName.EGDI, 1.0), ScenarioSpec.Aggregation.ARITHMETIC)));
        assertEquals("scenario 'test' weighs EGDI; a scenario may weigh OSI, TII, HCI and EPI", e.getMessage());
    }

    @Test
    void aScenarioNeedsAPositiveWeight() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scoring.scenario(
                Fixtures.scores().require(2024), spec(2024, Map.of(IndexName.OSI, 0.0), ScenarioSpec.Aggregation.ARITHMETIC)));
        assertEquals("scenario 'test' needs at least one positive weight among OSI, TII, HCI and EPI, got {OSI=0.0}",
                e.getMessage());
    }

    private static ScenarioSpec spec(int year, Map<IndexName, Double> weights, ScenarioSpec.Aggregation aggregation) {
        return new ScenarioSpec("test", "Test", "", year, weights, aggregation, List.of(), 1);
    }
}
