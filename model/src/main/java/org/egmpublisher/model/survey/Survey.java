package org.egmpublisher.model.survey;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.egmpublisher.model.IndexedList;

/**
 * The Member States and the published editions of the Survey, editions in ascending year.
 * Countries are also indexed by ISO3: scoring looks one up for every result row, and a linear
 * search made scoring quadratic in the number of countries.
 */
public final class Survey {

    private final IndexedList<Country> countries;
    private final List<Edition> editions;

    public Survey(List<Country> countries, List<Edition> editions) {
        this.countries = IndexedList.of(countries, Country::iso3);
        this.editions = List.copyOf(editions);
    }

    public List<Country> countries() {
        return countries;
    }

    public List<Edition> editions() {
        return editions;
    }

    public Optional<Country> findCountry(String iso3) {
        return countries.find(iso3);
    }

    public Country requireCountry(String iso3) {
        return findCountry(iso3).orElseThrow(() -> new NoSuchElementException("no country with ISO3 '" + iso3 + "'"));
    }

    public Optional<Edition> findEdition(int year) {
        return editions.stream().filter(e -> e.year() == year).findFirst();
    }

    public Edition requireEdition(int year) {
        return findEdition(year).orElseThrow(() -> new NoSuchElementException(
                "no edition " + year + "; known: " + editions.stream().map(e -> String.valueOf(e.year())).toList()));
    }

    /** The newest edition; a loaded survey always has at least one. */
    public Edition latest() {
        if (editions.isEmpty()) {
            throw new NoSuchElementException("the survey has no editions");
        }
        return editions.get(editions.size() - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Survey other && countries.equals(other.countries) && editions.equals(other.editions);
    }

    @Override
    public int hashCode() {
        return 31 * countries.hashCode() + editions.hashCode();
    }

    @Override
    public String toString() {
        return "Survey[" + countries.size() + " countries, editions "
                + editions.stream().map(Edition::year).toList() + "]";
    }
}
