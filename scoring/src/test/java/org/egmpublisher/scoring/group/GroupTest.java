package org.egmpublisher.scoring.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GroupTest {

    @Test
    void lowerBoundsAreInclusive() {
        assertEquals(Group.VERY_HIGH, Group.of(0.75));
        assertEquals(Group.HIGH, Group.of(0.7499));
        assertEquals(Group.HIGH, Group.of(0.5));
        assertEquals(Group.MIDDLE, Group.of(0.25));
        assertEquals(Group.LOW, Group.of(0.2499));
        assertEquals("Very High", Group.VERY_HIGH.label());
    }

    @Test
    void readsThePresetSpellings() {
        assertEquals(Group.VERY_HIGH, Group.fromCode("very-high"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Group.fromCode("top"));
        assertEquals("unknown group 'top'; known: very-high, high, middle, low", e.getMessage());
    }
}
