package org.egmpublisher.scoring.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.Vectors;
import org.egmpublisher.scoring.missing.MissingValues;
import org.egmpublisher.scoring.preset.Composite;
import org.egmpublisher.scoring.preset.EditionPreset;
import org.egmpublisher.scoring.preset.Presets;
import org.junit.jupiter.api.Test;

/** The constructed vectors of METHODOLOGY.md §16.2 through the presets' own index trees. */
class IndexTreeTest {

    private static final EditionPreset P2020 = Presets.forEdition(2020);

    @Test
    void computesTheTiiOfMethodology16_2WithTheCapOf120() {
        IndexValues v = IndexTree.compute(P2020.requireIndex(IndexName.TII), Vectors.tii());
        assertEquals(1.352982, v.aggregates("TII").get("AAA"), 1e-6);
        assertEquals(0.403228, v.aggregates("TII").get("BBB"), 1e-6);
        assertEquals(-0.490625, v.aggregates("TII").get("CCC"), 1e-6);
        assertEquals(-1.265586, v.aggregates("TII").get("DDD"), 1e-6);
        assertEquals(Map.of("AAA", 1.0, "BBB", 0.637300, "CCC", 0.295948, "DDD", 0.0), round6(v.values("TII")));
        // A's 135 mobile-cellular subscriptions count as 120: z = (120 − 87.5) / 31.124749
        assertEquals(32.5 / 31.124749, v.value("mobile_cellular", "AAA"), 1e-6);
        assertEquals(List.of(), v.treatments());
    }

    @Test
    void computesTheHciOfMethodology16_2WithWeightsOneThirdAndTwoNinths() {
        IndexValues v = IndexTree.compute(P2020.requireIndex(IndexName.HCI), Vectors.hci());
        assertEquals(Map.of("AAA", 1.115544, "BBB", 0.699399, "CCC", -0.365498, "DDD", -1.449445),
                round6(v.aggregates("HCI")));
        assertEquals(Map.of("AAA", 1.0, "BBB", 0.837760, "CCC", 0.422593, "DDD", 0.0), round6(v.values("HCI")));
    }

    @Test
    void changingAnHciWeightInThePresetChangesTheHci() {
        EditionPreset equal = P2020.withIndicatorWeights("HCI", Map.of("adult_literacy", 0.25, "gross_enrolment", 0.25,
                "expected_years_schooling", 0.25, "mean_years_schooling", 0.25));
        double official = IndexTree.compute(P2020.requireIndex(IndexName.HCI), Vectors.hci()).value("HCI", "CCC");
        double changed = IndexTree.compute(equal.requireIndex(IndexName.HCI), Vectors.hci()).value("HCI", "CCC");
        assertEquals(0.422593, official, 1e-6);
        assertTrue(Math.abs(changed - official) > 1e-3, () -> "changed " + changed);
    }

    @Test
    void computesAWholeEditionEgdiAsTheMeanOfItsComponents() {
        IndexValues v = IndexTree.compute(P2020, Vectors.edition2020());
        assertEquals(120 / 170.0, v.value("OSI", "BBB"), 1e-12);
        assertEquals(50 / 84.0, v.value("EPI", "BBB"), 1e-12);
        double egdi = (v.value("OSI", "BBB") + v.value("TII", "BBB") + v.value("HCI", "BBB")) / 3;
        assertEquals(egdi, v.value("EGDI", "BBB"), 1e-15);
        assertEquals(List.of("AAA", "BBB", "CCC", "DDD"), v.entities());
    }

    @Test
    void theOsiSubindexWeightsOfThe2024PresetGiveTogoItsWeightedScoreBeforeMinMax() {
        Map<String, Map<String, Double>> raw = Map.of(
                "TGO", Map.of("institutional_framework", 0.8000, "content_provision", 0.5556, "services_provision", 0.3253,
                        "technology", 0.5000, "e_participation", 0.4521),
                "TOP", Map.of("institutional_framework", 1.0, "content_provision", 1.0, "services_provision", 1.0,
                        "technology", 1.0, "e_participation", 1.0),
                "LOW", Map.of("institutional_framework", 0.0, "content_provision", 0.0, "services_provision", 0.0,
                        "technology", 0.0, "e_participation", 0.0));
        IndexValues v = IndexTree.compute(Presets.forEdition(2024).requireIndex(IndexName.OSI), raw);
        assertEquals(0.4374, v.aggregates("OSI").get("TGO"), 5e-5);
        assertEquals(v.aggregates("OSI").get("TGO"), v.value("OSI", "TGO"), 1e-15);
    }

    @Test
    void lowerPricesRaiseThe2024Tii() {
        Map<String, Map<String, Double>> raw = new HashMap<>();
        raw.put("AAA", tii2024(100, 80, 90, 1.0, 2.0));
        raw.put("BBB", tii2024(100, 80, 90, 5.0, 9.0));
        raw.put("CCC", tii2024(60, 30, 40, 3.0, 4.0));
        IndexValues v = IndexTree.compute(Presets.forEdition(2024).requireIndex(IndexName.TII), raw);
        assertEquals(1.0, v.value("TII", "AAA"), 1e-12);
        assertTrue(v.value("mobile_basket_price", "AAA") > 0);
        assertTrue(v.value("TII", "BBB") < v.value("TII", "AAA"));
    }

    @Test
    void computesTheLosiAsTheShareOfThe86IndicatorsACityMeets() {
        Map<String, Map<String, Double>> cities = Map.of(
                "city-a", Map.of("losi_institutional_framework", 8.0, "losi_content_provision", 20.0,
                        "losi_services_provision", 9.0, "losi_participation_engagement", 10.0, "losi_technology", 18.0),
                "city-b", Map.of("losi_institutional_framework", 2.0, "losi_content_provision", 5.0,
                        "losi_services_provision", 0.0, "losi_participation_engagement", 3.0, "losi_technology", 6.0));
        IndexValues v = IndexTree.compute(Presets.forEdition(2022).requireIndex(IndexName.LOSI), cities);
        assertEquals(65 / 86.0, v.value("LOSI", "city-a"), 1e-12);
        assertEquals(16 / 86.0, v.value("LOSI", "city-b"), 1e-12);
    }

    @Test
    void aMissingIndicatorFailsByDefaultNamingTheCountryAndTheIndicator() {
        Map<String, Map<String, Double>> raw = withoutFixedBroadbandForDdd();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndexTree.compute(P2020.requireIndex(IndexName.TII), raw));
        assertEquals("TII: missing values and the strategy is 'fail' (1 entities): DDD lacks fixed_broadband. Supply the"
                + " values or set 'missing' to exclude-country, mean-imputation or reweight", e.getMessage());
    }

    @Test
    void excludeCountryLeavesTheCountryWithoutAValueAndSaysSo() {
        IndexValues v = IndexTree.compute(tiiWith(MissingValues.EXCLUDE_COUNTRY), withoutFixedBroadbandForDdd());
        assertTrue(v.find("TII", "DDD").isEmpty());
        assertEquals(3, v.values("TII").size());
        assertEquals(List.of("TII: DDD excluded, lacking fixed_broadband"), v.treatments());
    }

    @Test
    void meanImputationUsesTheMeanOfTheOtherCountriesAndSaysSo() {
        IndexValues v = IndexTree.compute(tiiWith(MissingValues.MEAN_IMPUTATION), withoutFixedBroadbandForDdd());
        assertEquals(4, v.values("TII").size());
        assertEquals(1, v.treatments().size());
        assertTrue(v.treatments().get(0).startsWith("TII: DDD fixed_broadband imputed with the mean of the others, "));
    }

    @Test
    void reweightCombinesTheIndicatorsACountryHas() {
        IndexValues v = IndexTree.compute(tiiWith(MissingValues.REWEIGHT), withoutFixedBroadbandForDdd());
        double expected = (v.value("mobile_cellular", "DDD") + v.value("internet_users", "DDD")
                + v.value("active_mobile_broadband", "DDD")) / 3;
        assertEquals(expected, v.aggregates("TII").get("DDD"), 1e-12);
        assertEquals(List.of("TII: DDD combined without fixed_broadband (weights rescaled)"), v.treatments());
    }

    @Test
    void anExplicitNanIsRefusedRatherThanTakenForMissing() {
        Map<String, Map<String, Double>> raw = new HashMap<>(Vectors.tii());
        Map<String, Double> d = new HashMap<>(raw.get("DDD"));
        d.put("fixed_broadband", Double.NaN);
        raw.put("DDD", d);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndexTree.compute(P2020.requireIndex(IndexName.TII), raw));
        assertEquals("indicator fixed_broadband of DDD is NaN; give a finite number, or leave the indicator out to mark it"
                + " missing", e.getMessage());
    }

    @Test
    void aPublishedValuesPresetCannotCompute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndexTree.compute(Presets.forEdition(2010), Vectors.edition2020()));
        assertEquals("preset un-egov-2010 has published values only; it cannot compute from indicators. Editions with a"
                + " method: 2018, 2020, 2022, 2024", e.getMessage());
    }

    private static Composite tiiWith(MissingValues missing) {
        Composite t = P2020.requireIndex(IndexName.TII);
        return new Composite(t.id(), t.name(), t.weight(), t.aggregation(), t.normalisation(), missing, t.children(),
                t.pointsDenominator(), t.evidence(), t.note());
    }

    private static Map<String, Map<String, Double>> withoutFixedBroadbandForDdd() {
        Map<String, Map<String, Double>> raw = new HashMap<>(Vectors.tii());
        Map<String, Double> d = new HashMap<>(raw.get("DDD"));
        d.remove("fixed_broadband");
        raw.put("DDD", d);
        return raw;
    }

    private static Map<String, Double> tii2024(double mobile, double internet, double broadband, double mobilePrice,
                                               double fixedPrice) {
        return Map.of("mobile_cellular", mobile, "internet_users", internet, "active_mobile_broadband", broadband,
                "mobile_basket_price", mobilePrice, "fixed_broadband_basket_price", fixedPrice);
    }

    private static Map<String, Double> round6(Map<String, Double> values) {
        Map<String, Double> out = new HashMap<>();
        values.forEach((k, v) -> out.put(k, Math.round(v * 1e6) / 1e6 + 0.0));
        return out;
    }
}
