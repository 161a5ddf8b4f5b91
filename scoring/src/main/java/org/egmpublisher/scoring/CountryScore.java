package org.egmpublisher.scoring;

import org.egmpublisher.model.survey.Country;
import org.egmpublisher.scoring.group.Group;
import org.egmpublisher.scoring.group.RatingClass;

/**
 * A country's results in one edition as the engine publishes them: the index values, its rank
 * under the edition's tie rule, its group and rating class, and its change since the previous
 * edition ({@code previousRank} 0 and {@code previousEgdi} NaN when it has none).
 *
 * @param source where the values come from, {@code file:line}
 */
public record CountryScore(Country country, int year, double egdi, double osi, double tii, double hci, double epi,
                           int rank, Group group, RatingClass ratingClass, int previousRank, double previousEgdi,
                           String source) {

    public boolean hasPrevious() {
        return previousRank > 0;
    }

    /** Places gained since the previous edition (positive is better), 0 when there is none. */
    public int rankChange() {
        return hasPrevious() && rank > 0 ? previousRank - rank : 0;
    }

    public String iso3() {
        return country.iso3();
    }
}
