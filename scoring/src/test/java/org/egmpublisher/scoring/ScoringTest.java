package org.egmpublisher.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.model.publication.Publication;
import org.egmpublisher.model.publication.ScenarioSpec;
import org.egmpublisher.model.publication.UncertaintySpec;
import org.egmpublisher.model.survey.CountryResult;
import org.egmpublisher.model.survey.Edition;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.preset.PresetFamily;
import org.egmpublisher.scoring.rank.Ranking;
import org.egmpublisher.scoring.preset.Presets;
import org.egmpublisher.scoring.uncertainty.UncertaintyOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringTest {

    @Test
    void scoresAllTwelveEditionsFrom2003To2024WithTheirPresets() {
        SurveyScores scores = Fixtures.scores();
        assertEquals(List.of(2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024),
                scores.editions().stream().map(EditionScores::year).toList());
        for (EditionScores e : scores.editions()) {
            assertEquals("un-egov-" + e.year(), e.preset().id());
            assertEquals(ScoreMode.IMPORTED, e.mode());
        }
        assertEquals(5, scores.require(2016).decimals());
        assertEquals(4, scores.require(2022).decimals());
        assertEquals(5, scores.require(2024).decimals());
    }

    @ParameterizedTest
    @ValueSource(ints = {2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024})
    void reproducesEveryPublishedRankOfTheEdition(int year) {
        Map<String, CountryResult> published = Fixtures.published(year);
        EditionScores scores = Fixtures.scores().require(year);
        for (CountryScore c : scores.countries()) {
            assertEquals(published.get(c.iso3()).rank(), c.rank(), () -> year + " rank of " + c.country().name());
        }
        assertEquals(published.values().stream().filter(CountryResult::ranked).count(), scores.countries().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2020, 2022, 2024})
    void keepsThePublishedValuesAndFindsNoInconsistencyInTheRealData(int year) {
        Map<String, CountryResult> published = Fixtures.published(year);
        EditionScores scores = Fixtures.scores().require(year);
        for (CountryScore c : scores.countries()) {
            CountryResult r = published.get(c.iso3());
            assertEquals(r.egdi(), c.egdi(), 0.0);
            assertEquals(r.epi(), c.epi(), 0.0);
            assertEquals(r.file() + ":" + r.line(), c.source());
            double mean = (r.osi() + r.tii() + r.hci()) / 3;
            assertEquals(mean, c.egdi(), scores.preset().egdiTolerance(), () -> "EGDI of " + c.country().name());
        }
        assertEquals(List.of(), scores.findings());
    }

    @Test
    void reproducesThePublishedGroupCounts() {
        assertEquals(counts(40, 71, 66, 16), Fixtures.scores().require(2018).groupCounts());
        assertEquals(counts(57, 69, 59, 8), Fixtures.scores().require(2020).groupCounts());
        assertEquals(counts(60, 73, 53, 7), Fixtures.scores().require(2022).groupCounts());
        assertEquals(counts(76, 62, 44, 11), Fixtures.scores().require(2024).groupCounts());
    }

    @Test
    void sharesTheTiedRanksOf2018And2022AndNoneIn2020Or2024() {
        assertEquals(List.of(49, 155), sharedRanks(2018));
        assertEquals(List.of(5, 66, 115, 141), sharedRanks(2022));
        assertEquals(List.of(), sharedRanks(2020));
        assertEquals(List.of(), sharedRanks(2024));
        EditionScores e2022 = Fixtures.scores().require(2022);
        assertEquals(5, e2022.require(Fixtures.iso3("Iceland")).rank());
        assertEquals(5, e2022.require(Fixtures.iso3("Sweden")).rank());
        assertEquals(7, e2022.require(Fixtures.iso3("Australia")).rank());
    }

    @Test
    void ranks2024OnThePublishedEgdiSoKiribatiPrecedesIraq() {
        EditionScores e = Fixtures.scores().require(2024);
        assertEquals(147, e.require("KIR").rank());
        assertEquals(148, e.require("IRQ").rank());
    }

    @Test
    void the2020PairsWithEqualComponentSumsAreOrderedByTheirPublishedRank() {
        Map<String, CountryResult> p = Fixtures.published(2020);
        for (String[] pair : new String[][] {{"MDA", "AND"}, {"PER", "MKD"}, {"TJK", "TLS"}}) {
            assertEquals(Ranking.round(mean(p.get(pair[0])), 12), Ranking.round(mean(p.get(pair[1])), 12), pair[0]);
            assertEquals(p.get(pair[0]).rank() + 1, p.get(pair[1]).rank());
            EditionScores e = Fixtures.scores().require(2020);
            assertEquals(e.require(pair[0]).rank() + 1, e.require(pair[1]).rank());
        }
        // Croatia and Hungary share 0.7745 but their component means differ, in the published order
        assertTrue(mean(p.get("HRV")) > mean(p.get("HUN")));
        assertEquals(51, Fixtures.scores().require(2020).require("HRV").rank());
    }

    @Test
    void anEditionWithoutAPresetIsScoredAsPublishedValuesAndSaysSo() {
        PresetFamily only2024 = new PresetFamily("un-egov", "test", List.of(Presets.forEdition(2024)));
        SurveyScores scores = Scoring.score(Fixtures.survey(), only2024);
        EditionScores e2022 = scores.require(2022);
        assertEquals("un-egov-2022", e2022.preset().id());
        assertFalse(e2022.preset().hasMethod());
        assertEquals("edition 2022 has no un-egov preset (known: [2024]); scored as published values at 5 decimals with"
                + " shared ranks", e2022.findings().get(0));
        assertEquals(Fixtures.published(2022).get("SWE").rank(), e2022.require("SWE").rank());
    }

    @Test
    void reportsAnEgdiThatIsNotTheMeanOfItsComponentsWithFileLineAndGap() {
        Edition original = Fixtures.survey().requireEdition(2024);
        List<CountryResult> tampered = new ArrayList<>();
        for (CountryResult r : original.results()) {
            tampered.add(r.iso3().equals("DNK") ? new CountryResult(r.iso3(), r.year(), r.egdi() + 0.001, r.osi(),
                    r.tii(), r.hci(), r.epi(), r.rank(), r.file(), r.line()) : r);
        }
        CountryResult dnk = original.find("DNK").orElseThrow();
        EditionScores scores = Scoring.importEdition(Fixtures.survey(), new Edition(2024, original.file(), tampered),
                Presets.forEdition(2024));
        assertEquals(List.of("EGDI 2024: Denmark (" + dnk.file() + ":" + dnk.line() + ") publishes 0.98574 but the mean"
                + " of OSI, TII and HCI is 0.984757; gap 9.8e-04 exceeds the tolerance 5e-05"), scores.findings());
    }

    @Test
    void aTighterToleranceTurnsThe2024RoundingGapsIntoFindings() {
        EditionPreset strict = Presets.forEdition(2024).withEgdiTolerance(1e-5);
        EditionScores scores = Scoring.importEdition(Fixtures.survey(), Fixtures.survey().requireEdition(2024), strict);
        assertFalse(scores.findings().isEmpty());
        assertTrue(scores.findings().stream().allMatch(f -> f.startsWith("EGDI 2024: ") && f.contains("EGOV_DATA_2024.csv:")));
    }

    @Test
    void reportsCountriesWithoutAPublishedRankInsteadOfDroppingThemSilently() {
        List<String> findings = Fixtures.scores().require(2003).findings();
        assertEquals(2, findings.size());
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("2003: Montenegro (survey/results/EGOV_DATA_2003.csv:")
                && f.endsWith("has no published rank and is left out of ranks, groups and aggregates")));
    }

    @Test
    void linksEachCountryToItsPreviousEdition() {
        CountryScore dnk2024 = Fixtures.scores().require(2024).require("DNK");
        assertEquals(1, dnk2024.previousRank());
        assertEquals(0.9717, dnk2024.previousEgdi(), 0.0);
        assertEquals(0, dnk2024.rankChange());
        CountryScore ind2024 = Fixtures.scores().require(2024).require("IND");
        assertEquals(105 - ind2024.rank(), ind2024.rankChange());
    }

    @Test
    void runsTheUncertaintyForTheLatestEditionAndTheScenariosOfThePublication() {
        ScenarioSpec geometric = new ScenarioSpec("geometric-egdi", "Geometric", "", 2024,
                Map.of(IndexName.OSI, 1.0, IndexName.TII, 1.0, IndexName.HCI, 1.0), ScenarioSpec.Aggregation.GEOMETRIC,
                List.of(), 30);
        Publication publication = new Publication("EGM", "EGM", "en", "", List.of(2022, 2024), "un-egov",
                List.of(geometric), new UncertaintySpec(500, 7L, 0.25));
        SurveyScores scores = Scoring.score(Fixtures.survey(), publication);
        EditionScores latest = scores.latest();
        assertTrue(latest.uncertainty().isPresent());
        assertEquals(193, latest.uncertainty().orElseThrow().intervals().size());
        assertTrue(latest.interval("DNK").isPresent());
        assertEquals(new UncertaintyOutcome.NotRun("the uncertainty analysis runs for the latest edition only (2024)"),
                scores.require(2022).uncertaintyOutcome());
        assertEquals(List.of("geometric-egdi"), latest.scenarios().stream().map(s -> s.id()).toList());
        assertEquals(1, scores.scenarios().size());
    }

    @Test
    void refusesAScenarioForAnEditionThatWasNotScored() {
        ScenarioSpec future = new ScenarioSpec("future", "Future", "", 2026, Map.of(IndexName.OSI, 1.0),
                ScenarioSpec.Aggregation.ARITHMETIC, List.of(), 12);
        Publication publication = new Publication("EGM", "EGM", "en", "", List.of(2024), "un-egov", List.of(future),
                new UncertaintySpec(0, 1L, 0.25));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scoring.score(Fixtures.survey(), publication));
        assertTrue(e.getMessage().startsWith("scenario 'future' (publication.yaml:12) is for edition 2026, which was not"
                + " scored; scored editions: [2003,"), e.getMessage());
    }

    @Test
    void computesAnEditionFromIndicatorValuesAndAChangedWeightChangesTheNumbers() {
        Map<String, Map<String, Double>> raw = Vectors.edition2020();
        List<org.egmpublisher.model.survey.Country> countries = Vectors.countries();
        EditionScores official = Scoring.compute(Presets.forEdition(2020), countries, raw);
        assertEquals(ScoreMode.COMPUTED, official.mode());
        assertEquals(4, official.countries().size());
        CountryScore a = official.require("AAA");
        assertEquals(1, a.rank());
        assertEquals(1.0, a.tii(), 1e-12);
        assertEquals(1.0, a.hci(), 1e-12);
        assertEquals((a.osi() + a.tii() + a.hci()) / 3, a.egdi(), 1e-12);
        assertEquals("computed (un-egov-2020)", a.source());
        assertEquals(Group.VERY_HIGH, a.group());

        EditionPreset tiiHeavy = Presets.forEdition(2020)
                .withComponentWeights(Map.of(IndexName.OSI, 0.2, IndexName.TII, 0.6, IndexName.HCI, 0.2));
        EditionScores changed = Scoring.compute(tiiHeavy, countries, raw);
        CountryScore c = official.require("CCC");
        CountryScore c2 = changed.require("CCC");
        assertEquals(0.2 * c.osi() + 0.6 * c.tii() + 0.2 * c.hci(), c2.egdi(), 1e-12);
        assertNotEquals(c.egdi(), c2.egdi());
    }

    @Test
    void refusesIndicatorValuesForACountryItDoesNotKnow() {
        Map<String, Map<String, Double>> raw = new HashMap<>(Vectors.edition2020());
        raw.put("ZZZ", raw.get("AAA"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scoring.compute(Presets.forEdition(2020), Vectors.countries(), raw));
        assertEquals("indicator values for unknown country 'ZZZ'; the 4 countries given are e.g. [AAA, BBB, CCC, DDD]",
                e.getMessage());
    }

    private static double mean(CountryResult r) {
        return (r.osi() + r.tii() + r.hci()) / 3;
    }

    private static List<Integer> sharedRanks(int year) {
        Map<Integer, Integer> byRank = new HashMap<>();
        Fixtures.scores().require(year).countries().forEach(c -> byRank.merge(c.rank(), 1, Integer::sum));
        return byRank.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }

    private static Map<Group, Integer> counts(int veryHigh, int high, int middle, int low) {
        return Map.of(Group.VERY_HIGH, veryHigh, Group.HIGH, high, Group.MIDDLE, middle, Group.LOW, low);
    }
}
