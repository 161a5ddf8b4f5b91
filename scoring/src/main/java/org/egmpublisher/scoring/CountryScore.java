package org.egmpublisher.scoring;

import java.util.OptionalDouble;
import org.egmpublisher.model.survey.Country;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClass;

/**
 * A country's results in one edition as the engine publishes them: the index values, its rank
 * under the edition's tie rule, its group and rating class, and its change since the previous
 * edition ({@code previousRank} 0 and {@code previousEgdi} NaN when it has none).
 *
 * @param source where the values come from: {@code file:line} of the published results, or
 *               {@code computed (un-egov-2020)} for values computed from indicators
 */
public record CountryScore(Country country, int year, double egdi, double osi, double tii, double hci, double epi,
                           int rank, Group group, RatingClass ratingClass, int previousRank, double previousEgdi,
                           String source) {

    public CountryScore {
        java.util.Objects.requireNonNull(country, "country");
        java.util.Objects.requireNonNull(group, "group");
        java.util.Objects.requireNonNull(ratingClass, "ratingClass");
        java.util.Objects.requireNonNull(source, "source");
    }

    public boolean hasPrevious() {
        return previousRank > 0;
    }

    /** Places gained since the previous edition (positive is better), 0 when there is none. */
    public int rankChange() {
        return hasPrevious() && rank > 0 ? previousRank - rank : 0;
    }

    /** EGDI minus the previous edition's, when the country has one. */
    public OptionalDouble egdiChange() {
        return hasPrevious() && !Double.isNaN(previousEgdi) ? OptionalDouble.of(egdi - previousEgdi)
                : OptionalDouble.empty();
    }

    public String iso3() {
        return country.iso3();
    }
}
