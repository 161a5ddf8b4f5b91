package org.egmpublisher.scoring.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A broken preset fails on read, naming the file, the key path and what is allowed. */
class PresetReaderTest {

    private static final String HEAD = """
            id: test-2030
            family: test
            edition: 2030
            title: Test
            kind: published-values
            decimals: 4
            rank: {tie_rule: shared-on-rounded, basis: published-value}
            rating_classes: {strategy: percentile-inc-strict-gt, origin: derived}
            groups: {very-high: 0.75, high: 0.50, middle: 0.25, low: 0.0}
            """;

    @Test
    void readsAMinimalPublishedValuesPreset() {
        EditionPreset p = Presets.parse("test.yaml", HEAD);
        assertEquals(2030, p.year());
        assertEquals(4, p.epiDecimals());
        assertEquals(0.5, p.thresholds().get(1).lowerBound());
        assertEquals(0.75, p.thresholds().get(1).upperBound());
    }

    @Test
    void aMisspeltKeyIsAnErrorListingTheKnownKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Presets.parse("test.yaml", HEAD + "decimal: 5\n"));
        assertEquals("test.yaml: decimal: unknown key; known keys here: [decimals, edition, egdi_tolerance, epi_decimals,"
                + " family, groups, id, indices, kind, notes, rank, rating_classes, title]", e.getMessage());
    }

    @Test
    void anUnknownTieRuleNamesTheKeyAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Presets.parse("test.yaml", HEAD.replace("shared-on-rounded", "dense")));
        assertEquals("test.yaml: rank.tie_rule: unknown tie rule 'dense'; known: shared-on-rounded, unique-by-full-precision",
                e.getMessage());
    }

    @Test
    void aBadWeightDeepInTheTreeIsReportedAtItsPath() {
        String method = HEAD.replace("kind: published-values", "kind: method") + """
                egdi_tolerance: 0.0001
                indices:
                  - id: EGDI
                    name: EGDI
                    aggregation: arithmetic
                    normalisation: none
                    subindices:
                      - id: OSI
                        name: OSI
                        aggregation: arithmetic
                        normalisation: min-max
                        indicators:
                          - {id: osq_points, name: p, source: s, unit: u, normalisation: none, weight: one}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.parse("test.yaml", method));
        assertEquals("test.yaml: indices[0].subindices[0].indicators[0].weight: a weight must be a number (0.45) or a"
                + " fraction (1/3), got 'one'", e.getMessage());
    }

    @Test
    void aMethodPresetMustGiveTheEgdiItsThreeComponents() {
        String method = HEAD.replace("kind: published-values", "kind: method") + """
                egdi_tolerance: 0.0001
                indices:
                  - id: EGDI
                    name: EGDI
                    aggregation: arithmetic
                    normalisation: none
                    indicators:
                      - {id: egdi_points, name: p, source: s, unit: u, normalisation: none}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Presets.parse("test.yaml", method));
        assertEquals("test.yaml: preset test-2030: EGDI's components must be the indices OSI, TII, HCI in that order,"
                + " got [egdi_points]", e.getMessage());
    }

    @Test
    void groupsMustDescend() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Presets.parse("test.yaml", HEAD.replace("middle: 0.25", "middle: 0.60")));
        assertEquals("test.yaml: groups: group Middle needs 0 ≤ lower bound < upper bound ≤ 1, got 0.6 and 0.5",
                e.getMessage());
    }
}
