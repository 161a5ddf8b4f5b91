package org.egmpublisher.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SurveyScoresTest {

    @Test
    void historyFollowsACountryOldestFirst() {
        List<CountryScore> history = Fixtures.scores().history("EST");
        assertEquals(12, history.size());
        assertEquals(2003, history.get(0).year());
        assertEquals(2024, history.get(11).year());
        assertEquals(2, history.get(11).rank());
    }

    @Test
    void requireListsTheKnownEditions() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> Fixtures.scores().require(2019));
        assertEquals("no scores for edition 2019; known: [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020,"
                + " 2022, 2024]", e.getMessage());
        assertEquals(2024, Fixtures.scores().latest().year());
        assertThrows(NoSuchElementException.class, () -> new SurveyScores(List.of()).latest());
    }
}
