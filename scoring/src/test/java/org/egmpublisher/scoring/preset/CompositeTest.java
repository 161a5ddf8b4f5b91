package org.egmpublisher.scoring.preset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.egmpublisher.model.IndexName;
import org.egmpublisher.scoring.mean.Aggregation;
import org.egmpublisher.scoring.missing.MissingValues;
import org.egmpublisher.scoring.normalise.Normalisation;
import org.junit.jupiter.api.Test;

class CompositeTest {

    @Test
    void egdiTreeListsEveryIndicatorDepthFirstAndFindsNodesById() {
        Composite egdi = Presets.forEdition(2020).requireIndex(IndexName.EGDI);
        assertEquals(1 + 4 + 4, egdi.indicators().size());
        assertEquals("osq_points", egdi.indicators().get(0).id());
        assertTrue(egdi.find("gross_enrolment").isPresent());
        assertEquals(IndexName.TII, ((Composite) egdi.find("TII").orElseThrow()).indexName().orElseThrow());
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, egdi.normalisedWeights(), 1e-15);
    }

    @Test
    void refusesTwoChildrenWithOneId() {
        Composite tii = Presets.forEdition(2020).requireIndex(IndexName.TII);
        Node first = tii.children().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Composite("X", "X",
                Weight.of(1), Aggregation.ARITHMETIC, new Normalisation.None(), MissingValues.FAIL, List.of(first, first), 0,
                "", ""));
        assertEquals("index X has two children with id 'internet_users'", e.getMessage());
    }
}
