package org.egmpublisher.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CountryScoreTest {

    @Test
    void changeSinceThePreviousEditionIsPositiveWhenACountryRises() {
        CountryScore saudi = Fixtures.scores().require(2024).require("SAU");
        assertEquals(31, saudi.previousRank());
        assertEquals(6, saudi.rank());
        assertEquals(25, saudi.rankChange());
        assertEquals(0.96022 - 0.8539, saudi.egdiChange().orElseThrow(), 1e-12);
    }

    @Test
    void theFirstEditionHasNoChange() {
        CountryScore first = Fixtures.scores().require(2003).require("DNK");
        assertFalse(first.hasPrevious());
        assertEquals(0, first.rankChange());
        assertFalse(first.egdiChange().isPresent());
    }
}
