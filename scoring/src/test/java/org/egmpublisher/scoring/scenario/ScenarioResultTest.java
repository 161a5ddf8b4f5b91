package org.egmpublisher.scoring.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.scoring.Fixtures;
import org.egmpublisher.scoring.Scoring;
import org.junit.jupiter.api.Test;

class ScenarioResultTest {

    private static final ScenarioResult GEOMETRIC = Scoring.scenario(Fixtures.scores().require(2024),
            new ScenarioSpec("geometric-egdi", "Geometric", "", 2024,
                    Map.of(IndexName.OSI, 1.0, IndexName.TII, 1.0, IndexName.HCI, 1.0), ScenarioSpec.Aggregation.GEOMETRIC,
                    List.of(), 1));

    @Test
    void rowsAreInScenarioRankOrderWithTheShiftAsOfficialMinusScenarioRank() {
        for (int i = 1; i < GEOMETRIC.rows().size(); i++) {
            assertTrue(GEOMETRIC.rows().get(i - 1).scenarioRank() <= GEOMETRIC.rows().get(i).scenarioRank());
        }
        GEOMETRIC.rows().forEach(r -> assertEquals(r.officialRank() - r.scenarioRank(), r.shift()));
    }

    @Test
    void largestMoversComeFirstByAbsoluteShift() {
        List<ScenarioRow> movers = GEOMETRIC.largestMovers(5);
        assertEquals(5, movers.size());
        for (int i = 1; i < movers.size(); i++) {
            assertTrue(Math.abs(movers.get(i - 1).shift()) >= Math.abs(movers.get(i).shift()));
        }
        int largest = GEOMETRIC.rows().stream().mapToInt(r -> Math.abs(r.shift())).max().orElseThrow();
        assertEquals(largest, Math.abs(movers.get(0).shift()));
        assertTrue(GEOMETRIC.meanAbsoluteShift() > 0);
        assertEquals("geometric-egdi", GEOMETRIC.id());
    }
}
