package org.egmpublisher.scoring.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankIntervalTest {

    @Test
    void containsTheRanksFromItsFifthToItsNinetyFifthPercentile() {
        RankInterval i = new RankInterval("IRQ", 148, 140, 147, 155, 147.3);
        assertTrue(i.contains(148));
        assertTrue(i.contains(140));
        assertFalse(i.contains(156));
        assertEquals(16, i.width());
    }

    @Test
    void refusesPercentilesOutOfOrder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RankInterval("IRQ", 148, 150, 147, 155, 150));
        assertEquals("rank percentiles of IRQ must satisfy 1 ≤ p05 ≤ median ≤ p95, got 150, 147, 155", e.getMessage());
    }
}
