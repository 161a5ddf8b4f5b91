package org.egmpublisher.model.survey;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The Member States and the published editions of the Survey, editions in ascending year. */
public record Survey(List<Country> countries, List<Edition> editions) {

    public Survey {
        countries = List.copyOf(countries);
        editions = List.copyOf(editions);
    }

    public Optional<Country> findCountry(String iso3) {
        return countries.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
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
}
