package org.egmpublisher.scoring.group;

/**
 * The four EGDI groups. Lower bounds are inclusive and apply to the value as published
 * (METHODOLOGY.md §6.1); the same thresholds classify OSI, TII, HCI, EPI, LOSI and OGDI levels.
 */
public enum Group {
    VERY_HIGH("Very High", 0.75), HIGH("High", 0.50), MIDDLE("Middle", 0.25), LOW("Low", 0.0);

    private final String label;
    private final double lowerBound;

    Group(String label, double lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    public String label() {
        return label;
    }

    public double lowerBound() {
        return lowerBound;
    }

    /** The spelling used in preset files, e.g. {@code very-high}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Group fromCode(String code) {
        for (Group g : values()) {
            if (g.code().equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown group '" + code + "'; known: very-high, high, middle, low");
    }

    /** The group of {@code value} under the default thresholds; a preset's own are in EditionPreset#groupOf. */
    public static Group of(double value) {
        for (Group g : values()) {
            if (value >= g.lowerBound) {
                return g;
            }
        }
        return LOW;
    }
}
