package org.egmpublisher.scoring.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.egmpublisher.scoring.EditionScores;
import org.egmpublisher.scoring.Fixtures;
import org.junit.jupiter.api.Test;

class RatingClassTest {

    @Test
    void sixteenClassesFourPerGroupTopQuarterFirst() {
        assertEquals(16, RatingClass.values().length);
        assertEquals(RatingClass.VH, RatingClass.of(Group.VERY_HIGH, 4));
        assertEquals(RatingClass.M2, RatingClass.of(Group.MIDDLE, 2));
        assertEquals(Group.LOW, RatingClass.L1.group());
        assertEquals(4, RatingClass.HV.quartile());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RatingClass.of(Group.HIGH, 5));
        assertEquals("quartile must lie in 1–4, got 5", e.getMessage());
    }

    @Test
    void theEngineGivesTogo2024ClassM2AndTheFifteen2022LeadersClassVh() {
        assertEquals(RatingClass.M2, Fixtures.scores().require(2024).require("TGO").ratingClass());
        EditionScores e2022 = Fixtures.scores().require(2022);
        assertEquals(15, (int) e2022.ratingClassCounts().get(RatingClass.VH));
        assertEquals(RatingClass.VH, e2022.require("MLT").ratingClass());
        assertEquals(14, (int) Fixtures.scores().require(2020).ratingClassCounts().get(RatingClass.VH));
    }
}
