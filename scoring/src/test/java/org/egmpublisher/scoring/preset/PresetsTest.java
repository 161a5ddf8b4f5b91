package org.egmpublisher.scoring.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.group.RatingClassStrategy;
import org.egmpublisher.scoring.normalise.Direction;
import org.egmpublisher.scoring.normalise.Normalisation;
import org.egmpublisher.scoring.rank.RankBasis;
import org.egmpublisher.scoring.rank.TieRule;
import org.junit.jupiter.api.Test;

/** The bundled presets say what METHODOLOGY.md says, edition by edition. */
class PresetsTest {

    @Test
    void bundlesAPresetForEachOfTheTwelveEditions() {
        assertEquals(List.of(2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024),
                Presets.family("un-egov").years());
        assertEquals(List.of("un-egov"), Presets.families());
        for (EditionPreset p : Presets.family("un-egov").editions()) {
            assertEquals(p.year() >= 2018, p.hasMethod(), p.id());
        }
    }

    @Test
    void editionsBefore2018PublishFiveDecimalsWithSharedRanks() {
        EditionPreset p = Presets.forEdition(2010);
        assertEquals(PresetKind.PUBLISHED_VALUES, p.kind());
        assertEquals(5, p.decimals());
        assertEquals(TieRule.SHARED_ON_ROUNDED, p.tieRule());
        assertEquals(List.of(), p.components());
        assertEquals(RatingClassRule.Origin.DERIVED, p.ratingClasses().origin());
    }

    @Test
    void precisionToleranceAndRankRuleFollowTheEdition() {
        assertEquals(4, Presets.forEdition(2018).decimals());
        assertEquals(1e-4, Presets.forEdition(2022).egdiTolerance());
        assertEquals(5, Presets.forEdition(2024).decimals());
        assertEquals(4, Presets.forEdition(2024).epiDecimals());
        assertEquals(5e-5, Presets.forEdition(2024).egdiTolerance());
        assertEquals(TieRule.SHARED_ON_ROUNDED, Presets.forEdition(2018).tieRule());
        assertEquals(TieRule.UNIQUE_BY_FULL_PRECISION, Presets.forEdition(2020).tieRule());
        assertEquals(RankBasis.COMPONENT_MEAN, Presets.forEdition(2020).rankRule().basis());
        assertEquals(TieRule.SHARED_ON_ROUNDED, Presets.forEdition(2022).tieRule());
        assertEquals(RankBasis.PUBLISHED_VALUE, Presets.forEdition(2024).rankRule().basis());
        assertEquals(RatingClassStrategy.PERCENTILE_INC_STRICT_GT, Presets.forEdition(2024).ratingClassStrategy());
    }

    @Test
    void theTiiCapOf120AppliesFrom2020AndOnlyToSubscriptions() {
        assertTrue(Presets.forEdition(2018).requireIndex(IndexName.TII).indicators().stream()
                .allMatch(i -> i.cap().isEmpty()));
        Composite tii2020 = Presets.forEdition(2020).requireIndex(IndexName.TII);
        assertEquals(List.of("internet_users", "mobile_cellular", "active_mobile_broadband", "fixed_broadband"),
                tii2020.indicators().stream().map(Indicator::id).toList());
        assertEquals(Optional.empty(), tii2020.indicators().get(0).cap());
        assertEquals(Optional.of(120.0), tii2020.indicators().get(1).cap());
        assertEquals(new Normalisation.ZScore(org.egmpublisher.scoring.normalise.Deviation.POPULATION),
                tii2020.indicators().get(1).normalisation());
        assertEquals(new Normalisation.MinMax(), tii2020.normalisation());
        assertEquals(5, Presets.forEdition(2018).requireIndex(IndexName.TII).indicators().size());
    }

    @Test
    void the2024TiiTurnsItsTwoPriceBasketsRound() {
        List<Indicator> prices = Presets.forEdition(2024).requireIndex(IndexName.TII).indicators().stream()
                .filter(i -> i.direction() == Direction.LOWER_IS_BETTER).toList();
        assertEquals(List.of("mobile_basket_price", "fixed_broadband_basket_price"), prices.stream().map(Indicator::id).toList());
        assertEquals("% of GNI per capita", prices.get(0).unit());
    }

    @Test
    void hciWeightsAreOneThirdAndThreeTimesTwoNinthsAsWritten() {
        Composite hci = Presets.forEdition(2022).requireIndex(IndexName.HCI);
        assertEquals(List.of("1/3", "2/9", "2/9", "2/9"), hci.indicators().stream().map(i -> i.weight().text()).toList());
        assertEquals("UNESCO Institute for Statistics", hci.indicators().get(0).source());
    }

    @Test
    void osiIsPointsUntil2020AndFiveWeightedSubindicesFrom2022() {
        assertEquals(144, Presets.forEdition(2018).requireIndex(IndexName.OSI).pointsDenominator());
        assertEquals(170, Presets.forEdition(2020).requireIndex(IndexName.OSI).pointsDenominator());
        Composite osi = Presets.forEdition(2022).requireIndex(IndexName.OSI);
        assertFalse(osi.countsPoints());
        assertEquals(List.of("0.1", "0.05", "0.45", "0.05", "0.35"),
                osi.indicators().stream().map(i -> i.weight().text()).toList());
        assertEquals(List.of(178, 84, 88, 73), List.of(2018, 2020, 2022, 2024).stream()
                .map(y -> Presets.forEdition(y).requireIndex(IndexName.EPI).pointsDenominator()).toList());
    }

    @Test
    void losiIsTheShareOfIndicatorsMetAndOgdiAPilotFrom2024() {
        Composite losi = Presets.forEdition(2022).requireIndex(IndexName.LOSI);
        assertEquals(86, losi.indicators().stream().mapToDouble(i -> i.weight().value()).sum(), 0);
        assertEquals(new Normalisation.ShareOfMaximum(25), losi.indicators().get(1).normalisation());
        assertTrue(Presets.forEdition(2022).index(IndexName.OGDI).isEmpty());
        assertEquals(new Normalisation.ShareOfMaximum(39),
                Presets.forEdition(2024).requireIndex(IndexName.OGDI).indicators().get(0).normalisation());
    }

    @Test
    void carriesTheOpenQuestionsForTheAnnex() {
        List<String> ids = Presets.forEdition(2024).notes().stream().map(Note::id).toList();
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9"), ids);
        assertTrue(Presets.forEdition(2018).notes().stream().anyMatch(n -> n.id().equals("Q4b")));
    }

    @Test
    void anUnknownEditionOrFamilyListsTheKnownOnes() {
        NoSuchElementException year = assertThrows(NoSuchElementException.class, () -> Presets.forEdition(2019));
        assertEquals("no un-egov preset for edition 2019; known editions: [2003, 2004, 2005, 2008, 2010, 2012, 2014,"
                + " 2016, 2018, 2020, 2022, 2024]", year.getMessage());
        NoSuchElementException family = assertThrows(NoSuchElementException.class, () -> Presets.family("oecd"));
        assertEquals("unknown methodology preset family 'oecd'; known: [un-egov]", family.getMessage());
        assertEquals(Optional.empty(), Presets.find(2019));
    }

    @Test
    void aFallbackPresetScoresAnEditionNoPresetDescribes() {
        EditionPreset p = Presets.publishedValuesOnly("un-egov", 2026);
        assertEquals(2026, p.year());
        assertFalse(p.hasMethod());
        assertEquals(TieRule.SHARED_ON_ROUNDED, p.tieRule());
    }
}
