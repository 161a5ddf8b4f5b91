package org.egmpublisher.scoring.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeightTest {

    @Test
    void keepsAFractionAsWrittenAndItsValue() {
        Weight w = Weight.parse("2/9");
        assertEquals(2 / 9.0, w.value(), 1e-15);
        assertEquals("2/9", w.text());
        assertEquals("0.45", Weight.parse("0.45").text());
        assertEquals("0.6", Weight.of(0.6).text());
    }

    @Test
    void refusesNegativeWeightsAndTextThatIsNoNumber() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Weight.of(-0.1));
        assertEquals("a weight must be a finite number ≥ 0, got -0.1 ('-0.1')", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Weight.parse("1/0"));
        assertThrows(IllegalArgumentException.class, () -> Weight.parse("a third"));
    }
}
