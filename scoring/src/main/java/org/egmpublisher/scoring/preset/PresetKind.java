package org.egmpublisher.scoring.preset;

import java.util.Locale;

/**
 * How much of an edition's method the preset describes. Editions 2003–2016 used normalisations
 * that the published columns do not reproduce (METHODOLOGY.md, data/PROVENANCE.md §1a), so their
 * presets only say how to rank and round the published values.
 */
public enum PresetKind {
    /** Published values are imported, ranked and grouped; nothing is recomputed or checked. */
    PUBLISHED_VALUES,
    /** The index tree is known: values can be checked on import and computed from indicators. */
    METHOD;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PresetKind fromCode(String code) {
        for (PresetKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown preset kind '" + code + "'; known: published-values, method");
    }
}
