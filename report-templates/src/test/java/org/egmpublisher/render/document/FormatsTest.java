package org.egmpublisher.render.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void decimalsRoundHalfUpOnTheShortestDecimal() {
        assertEquals("0.15", Formats.decimal(0.145, 2), "0.145 is stored just below, but reads 0.145");
        assertEquals("0.13", Formats.decimal(0.125, 2));
        assertEquals("-0.13", Formats.decimal(-0.125, 2), "half away from zero");
        assertEquals("1.00", Formats.decimal(0.995, 2));
        assertEquals("10.0", Formats.decimal(9.96, 1));
        assertEquals("-10.0", Formats.decimal(-9.96, 1), "a carry into a new digit, after the sign");
        assertEquals("3", Formats.decimal(2.5, 0));
        assertEquals("0.8000", Formats.decimal(0.8, 4));
        assertEquals("0.000", Formats.decimal(-0.0004, 3), "no negative zero");
        assertEquals("0.00", Formats.decimal(-0.0, 2));
        assertEquals("0.0001", Formats.decimal(1.0E-4, 4));
        assertEquals("12345678.9", Formats.decimal(12345678.9, 1));
        assertEquals("–", Formats.decimal(Double.NaN, 2));
    }

    @Test
    void decimalsAgreeWithBigDecimalEverywhere() {
        SplittableRandom random = new SplittableRandom(20211130);
        for (int i = 0; i < 300_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-5, 9));
            // Values on a coarse grid hit the halfway cases; others are arbitrary doubles.
            double v = random.nextBoolean() ? Math.round(random.nextDouble(-1, 1) * 100_000) / 100_000.0 * magnitude
                    : random.nextDouble(-1, 1) * magnitude;
            int decimals = random.nextInt(0, 7);
            String expected = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            assertEquals(expected, Formats.decimal(v, decimals), v + " at " + decimals);
        }
    }
}
