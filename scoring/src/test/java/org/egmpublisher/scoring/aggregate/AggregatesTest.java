package org.egmpublisher.scoring.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.Fixtures;
import org.egmpublisher.scoring.rank.Ranking;
import org.junit.jupiter.api.Test;

/** The regional means of METHODOLOGY.md §14: simple means reproduce the published ones. */
class AggregatesTest {

    @Test
    void reproducesThePublished2020RegionalMeans() {
        assertEquals(Map.of("World", 0.5988, "Europe", 0.8170, "Asia", 0.6373, "Americas", 0.6341, "Oceania", 0.5106,
                "Africa", 0.3914), means(2020));
    }

    @Test
    void reproducesThePublished2024RegionalMeans() {
        assertEquals(Map.of("World", 0.6382, "Europe", 0.8493, "Asia", 0.6990, "Americas", 0.6701, "Oceania", 0.5289,
                "Africa", 0.4247), means(2024));
    }

    @Test
    void computes2022RegionalMeansTheSameWay() {
        assertEquals(Map.of("World", 0.6102, "Europe", 0.8305, "Asia", 0.6493, "Americas", 0.6438, "Oceania", 0.5081,
                "Africa", 0.4054), means(2022));
    }

    @Test
    void countsTheM49RegionsAndTheSpecialGroups() {
        EditionScores e = Fixtures.scores().require(2024);
        assertEquals(Map.of("Africa", 54, "Americas", 35, "Asia", 47, "Europe", 43, "Oceania", 14),
                e.aggregates(Aggregate.Kind.REGION).stream().collect(Collectors.toMap(Aggregate::name, Aggregate::countries)));
        assertEquals(Map.of("LDC", 45, "LLDC", 32, "SIDS", 37),
                e.aggregates(Aggregate.Kind.SPECIAL).stream().collect(Collectors.toMap(Aggregate::name, Aggregate::countries)));
        assertEquals(List.of("High income", "Low income", "Lower middle income", "Upper middle income"),
                e.aggregates(Aggregate.Kind.INCOME_GROUP).stream().map(Aggregate::name).toList());
        assertEquals(193, e.aggregates(Aggregate.Kind.WORLD).get(0).countries());
        assertEquals("sub_region", Aggregate.Kind.SUB_REGION.code());
    }

    @Test
    void aGroupMeanIsTheSimpleMeanOfEveryIndex() {
        EditionScores e = Fixtures.scores().require(2022);
        Aggregate europe = e.aggregates(Aggregate.Kind.REGION).stream().filter(a -> a.name().equals("Europe")).findFirst()
                .orElseThrow();
        double tii = e.countries().stream().filter(c -> c.country().region().equals("Europe")).mapToDouble(c -> c.tii())
                .average().orElseThrow();
        assertEquals(tii, europe.tii(), 1e-12);
    }

    private static Map<String, Double> means(int year) {
        EditionScores e = Fixtures.scores().require(year);
        Map<String, Double> out = new java.util.HashMap<>();
        e.aggregates(Aggregate.Kind.REGION).forEach(a -> out.put(a.name(), Ranking.round(a.egdi(), 4)));
        out.put("World", Ranking.round(e.aggregates(Aggregate.Kind.WORLD).get(0).egdi(), 4));
        return out;
    }
}
