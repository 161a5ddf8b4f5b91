package org.egmpublisher.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingsTest {

    @Test
    void theTopLevelOfAFragmentBecomesTheGivenLevel() {
        assertEquals("<h2 id=\"a\">A</h2><p>x</p><h3>B</h3>", Headings.fit("<h1 id=\"a\">A</h1><p>x</p><h2>B</h2>", 2));
    }

    @Test
    void aFragmentStartingBelowItsTopIsRaised() {
        assertEquals("<h2>A</h2><h3>B</h3><h2>C</h2>", Headings.fit("<h3>A</h3><h4>B</h4><h3>C</h3>", 2));
    }

    @Test
    void aSkippedLevelIsClosedUp() {
        assertEquals("<h2>A</h2><h3>B</h3><h4>C</h4><h3>D</h3>",
                Headings.fit("<h1>A</h1><h3>B</h3><h6>C</h6><h3>D</h3>", 2));
    }

    @Test
    void aShallowerHeadingAfterDeepOnesReturnsToItsSiblingsLevel() {
        assertEquals("<h2>A</h2><h3>B</h3><h4>C</h4><h3>D</h3><h2>E</h2>",
                Headings.fit("<h1>A</h1><h2>B</h2><h3>C</h3><h2>D</h2><h1>E</h1>", 2));
    }

    @Test
    void levelsStopAtSix() {
        assertEquals("<h5>A</h5><h6>B</h6><h6>C</h6>", Headings.fit("<h1>A</h1><h2>B</h2><h3>C</h3>", 5));
    }

    @Test
    void theFittedHeadingsAreListedInOrder() {
        Headings.Fitted f = Headings.fitted("<h1 id=\"a\">A</h1><div><h2 id=\"b\">B</h2></div>", 2);
        assertEquals(List.of(new Headings.Entry(2, "a", "A"), new Headings.Entry(3, "b", "B")), f.headings());
    }

    @Test
    void aTopLevelOutsideOneToSixIsRefusedWithTheRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> Headings.fit("<h1>A</h1>", 7));
        assertEquals("top heading level must lie in 1–6, got 7", e.getMessage());
    }
}
