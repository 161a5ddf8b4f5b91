package org.egmpublisher.scoring.preset;

import java.util.Locale;
import java.util.Objects;
import org.egmpublisher.scoring.group.RatingClassStrategy;

/**
 * The rating-class rule of an edition and whether the edition published rating classes at all.
 * Rating classes were introduced in 2020 (METHODOLOGY.md §6.2, [M]); for earlier editions the
 * engine derives them with the same rule so that classes can be compared across editions.
 */
public record RatingClassRule(RatingClassStrategy strategy, Origin origin) {

    public RatingClassRule {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether the edition published the classes or the engine derives them. */
    public enum Origin {
        PUBLISHED, DERIVED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Origin fromCode(String code) {
            for (Origin o : values()) {
                if (o.code().equals(code)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown rating-class origin '" + code + "'; known: published, derived");
        }
    }
}
