package org.egmpublisher.scoring.preset;

import java.util.Objects;
import org.egmpublisher.scoring.group.Group;

/**
 * The lower bound of an EGDI group, inclusive, compared with the value as rounded for publication
 * (METHODOLOGY.md §6.1). The upper bound is the next group's lower bound (exclusive), or 1 for the
 * top group (inclusive).
 */
public record Threshold(Group group, double lowerBound, double upperBound) {
    public Threshold {
        Objects.requireNonNull(group, "group");
        if (!(lowerBound >= 0 && lowerBound < upperBound && upperBound <= 1)) {
            throw new IllegalArgumentException("group " + group.label() + " needs 0 ≤ lower bound < upper bound ≤ 1, got "
                    + lowerBound + " and " + upperBound);
        }
    }

    /** Whether the range includes its upper bound (only the top group's, which ends at 1). */
    public boolean upperInclusive() {
        return upperBound == 1.0;
    }
}
