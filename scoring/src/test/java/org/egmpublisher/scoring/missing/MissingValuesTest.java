package org.egmpublisher.scoring.missing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The strategies' behaviour inside an index is tested in tree/IndexTreeTest. */
class MissingValuesTest {

    @Test
    void readsThePresetSpellings() {
        assertEquals(MissingValues.MEAN_IMPUTATION, MissingValues.fromCode("mean-imputation"));
        assertEquals("exclude-country", MissingValues.EXCLUDE_COUNTRY.code());
    }

    @Test
    void anUnknownStrategyListsTheKnownOnesAndOffersNoZeroFill() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MissingValues.fromCode("zero"));
        assertEquals("unknown missing-value strategy 'zero'; known: fail, exclude-country, mean-imputation, reweight",
                e.getMessage());
    }
}
