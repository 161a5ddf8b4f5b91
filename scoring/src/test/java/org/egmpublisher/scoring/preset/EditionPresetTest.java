package org.egmpublisher.scoring.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClassStrategy;
import org.junit.jupiter.api.Test;

class EditionPresetTest {

    private static final EditionPreset P2022 = Presets.forEdition(2022);

    @Test
    void componentsAreOsiTiiAndHciWithEqualWeights() {
        assertEquals(List.of("OSI", "TII", "HCI"), P2022.components().stream().map(Composite::id).toList());
        assertEquals(Map.of(IndexName.OSI, 1 / 3.0, IndexName.TII, 1 / 3.0, IndexName.HCI, 1 / 3.0),
                P2022.componentWeights());
        assertEquals("1/3", P2022.components().get(0).weight().text());
    }

    @Test
    void groupsCompareTheValueAtPublishedPrecisionWithInclusiveLowerBounds() {
        assertEquals(Group.VERY_HIGH, P2022.groupOf(0.7501));
        assertEquals(Group.VERY_HIGH, P2022.groupOf(0.74996));
        assertEquals(Group.HIGH, P2022.groupOf(0.74994));
        assertEquals(Group.HIGH, P2022.groupOf(0.5005));
        assertEquals(Group.MIDDLE, P2022.groupOf(0.4994));
        assertEquals(Group.LOW, P2022.groupOf(0.0));
    }

    @Test
    void withComponentWeightsChangesOnlyTheNamedWeights() {
        EditionPreset changed = P2022.withComponentWeights(Map.of(IndexName.OSI, 2 / 3.0));
        assertEquals(0.5, changed.componentWeights().get(IndexName.OSI), 1e-15);
        assertEquals(0.25, changed.componentWeights().get(IndexName.TII), 1e-15);
        assertEquals("1/3", changed.components().get(1).weight().text());
        assertEquals(P2022.requireIndex(IndexName.HCI).indicators(), changed.requireIndex(IndexName.HCI).indicators());
    }

    @Test
    void withIndicatorWeightsRefusesAnIndicatorTheIndexDoesNotHave() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> P2022.withIndicatorWeights("HCI", Map.of("literacy", 0.5)));
        assertEquals("index HCI has no child 'literacy'; children: [adult_literacy, expected_years_schooling,"
                + " gross_enrolment, mean_years_schooling]", e.getMessage());
        NoSuchElementException missing = assertThrows(NoSuchElementException.class,
                () -> P2022.withIndicatorWeights("XYZ", Map.of()));
        assertEquals("preset un-egov-2022 has no index 'XYZ'; indices: [EGDI, OSI, TII, HCI, EPI, LOSI]",
                missing.getMessage());
    }

    @Test
    void aPublishedValuesPresetHasNoComponentWeightsToChange() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Presets.forEdition(2012).withComponentWeights(Map.of(IndexName.OSI, 1.0)));
        assertEquals("preset un-egov-2012 has published values only; it has no component weights to change", e.getMessage());
    }

    @Test
    void withRatingClassStrategyKeepsEverythingElse() {
        EditionPreset exc = P2022.withRatingClassStrategy(RatingClassStrategy.PERCENTILE_EXC_GE);
        assertEquals(RatingClassStrategy.PERCENTILE_EXC_GE, exc.ratingClassStrategy());
        assertEquals(P2022.indices(), exc.indices());
    }

    @Test
    void requireIndexListsWhatThePresetDescribes() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> P2022.requireIndex(IndexName.OGDI));
        assertEquals("preset un-egov-2022 describes no OGDI; it describes: [EGDI, OSI, TII, HCI, EPI, LOSI]", e.getMessage());
    }
}
